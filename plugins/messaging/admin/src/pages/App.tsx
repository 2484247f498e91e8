/** The plugin's page in the admin (menu link "Outbox"): only for staff who may read the outbox. */
import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../lib/api';
import { OutboxPage } from './OutboxPage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<OutboxPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
