import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider } from '../i18n/I18nContext';
import { AuthProvider } from '../auth/AuthContext';
import { ContactProvider } from '../contact/ContactContext';
import { GuestOnly, RequireAuth } from '../auth/guards';
import { NotificationsProvider } from '../notifications/NotificationsContext';
import { AppShell } from './AppShell';
import { routes, type AppRoute } from './routes';

const guarded = (route: AppRoute) => {
  if (route.requiresAuth) return <RequireAuth>{route.element}</RequireAuth>;
  if (route.guestOnly) return <GuestOnly>{route.element}</GuestOnly>;
  return route.element;
};

export function App() {
  return (
    <I18nProvider>
      <ContactProvider>
        <AuthProvider>
          <BrowserRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <NotificationsProvider>
              <Routes>
                <Route element={<AppShell />}>
                  {routes.map((route) => (
                    <Route key={route.path} path={route.path} element={guarded(route)} />
                  ))}
                </Route>
              </Routes>
            </NotificationsProvider>
          </BrowserRouter>
        </AuthProvider>
      </ContactProvider>
    </I18nProvider>
  );
}
