/** The plugin's page in the admin (menu "CRM sync"): only for staff who may read CRM sync state. */
import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { FailingJobsPage, PERMISSIONS } from './FailingJobsPage';

const App = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <Routes>
      <Route index element={<FailingJobsPage />} />
      <Route path="*" element={<Page.Error />} />
    </Routes>
  </Page.Protect>
);

export default App;
