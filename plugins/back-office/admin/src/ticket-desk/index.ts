/**
 * The Ticket desk (issue 12): the menu link «میز تیکت» and its pages (pages/), and a panel on a
 * ticket's Content Manager page opening it there. Staff API: plugins/back-office/server (docs/api.md).
 */
import { Discuss } from '@strapi/icons';
import { DESK_PATH, PERMISSIONS } from './api';
import { t, ticketDeskTranslations } from './translations';

export { TicketDeskPanel } from './TicketDeskPanel';
export { ticketDeskTranslations };

export const registerTicketDesk = (app: any) => {
  app.addMenuLink({
    to: DESK_PATH.slice(1),
    icon: Discuss,
    intlLabel: t('menu'),
    Component: () => import('./pages/App'),
    permissions: PERMISSIONS.read,
    position: 4,
  });
};
