/**
 * The work queue widget on the admin's home page (server: plugins/back-office/server/src/work-queue).
 *
 * Registered first among the widgets, so staff who never rearranged their home page see it at the
 * top (the core and Content Manager widgets are registered before plugins like ours, and the
 * reducer puts ours ahead of them). Staff whose layout was saved before it existed get it through
 * the server's one-time placement. No permission on the widget itself: every staff member has a
 * queue, and the server answers only the items their role may act on.
 */
import { Clock } from '@strapi/icons';
import { workQueueTranslations } from './translations';

export const WORK_QUEUE_WIDGET_ID = 'work-queue';

export const registerWorkQueue = (app: any) => {
  const widget = {
    id: WORK_QUEUE_WIDGET_ID,
    pluginId: 'back-office',
    icon: Clock,
    title: { id: 'back-office.work-queue.title', defaultMessage: "Today's work" },
    component: async () => (await import('./WorkQueueWidget')).default,
  };
  app.widgets.register((widgets: any[]) => [widget, ...widgets.filter((w) => !(w.id === widget.id && w.pluginId === widget.pluginId))]);
};

export { workQueueTranslations };
