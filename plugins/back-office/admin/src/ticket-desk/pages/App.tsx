/**
 * The Ticket desk's pages under /admin/plugins/back-office/tickets (the menu link «میز تیکت», for
 * staff holding plugin::back-office.tickets.read): the list, «ثبت تیکت برای مشترک» (…/new, for
 * tickets.create) and one ticket (…/:documentId).
 */
import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../api';
import { TicketListPage } from './TicketListPage';
import { TicketPage } from './TicketPage';
import { NewTicketPage } from './NewTicketPage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<TicketListPage />} />
      <Route
        path="new"
        element={
          <Page.Protect permissions={PERMISSIONS.create}>
            <NewTicketPage />
          </Page.Protect>
        }
      />
      <Route path=":documentId" element={<TicketPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
