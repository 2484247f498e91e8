/**
 * Admin part of messaging: the "Outbox" page (menu link, for staff with
 * plugin::messaging.outbox.read) and a "Messages" panel on each subscriber's page in the Content
 * Manager. Both call the plugin's admin routes (server/src/routes/index.ts).
 */
import { Message } from '@strapi/icons';
import { SubscriberMessagesPanel } from './components/SubscriberMessagesPanel';
import { PERMISSIONS } from './lib/api';

const PLUGIN_ID = 'messaging';

export default {
  register(app: any) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Messaging' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Message,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Outbox (صف پیام‌ها)' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.read,
    });
  },

  bootstrap(app: any) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([SubscriberMessagesPanel]);
  },

  async registerTrads() {
    return [];
  },
};
