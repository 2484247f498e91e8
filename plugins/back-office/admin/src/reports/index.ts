/**
 * The quarterly report (issue 14): the menu link «گزارش فصلی» and its page (pages/ReportPage),
 * and the home page widget with the current quarter's headline figures — both for staff holding
 * plugin::back-office.reports.read (Manager, CEO). Server: plugins/back-office (voc-server).
 */
import { ChartPie } from '@strapi/icons';
import { PERMISSIONS, REPORT_PATH } from './api';
import { reportTranslations, t } from './translations';

export { reportTranslations };

export const REPORT_WIDGET_ID = 'quarter-report';

export const registerReports = (app: any) => {
  app.addMenuLink({
    to: REPORT_PATH.slice(1),
    icon: ChartPie,
    intlLabel: t('menu'),
    Component: () => import('./pages/ReportPage'),
    permissions: PERMISSIONS.read,
    position: 5,
  });
  const widget = {
    id: REPORT_WIDGET_ID,
    pluginId: 'back-office',
    icon: ChartPie,
    title: t('widget.title'),
    component: async () => (await import('./ReportWidget')).default,
    permissions: PERMISSIONS.read,
  };
  // right after «کارهای امروز» (work-queue/), ahead of Strapi's own widgets
  app.widgets.register((widgets: any[]) => {
    const others = widgets.filter((w) => !(w.id === widget.id && w.pluginId === widget.pluginId));
    const queue = others.findIndex((w) => w.id === 'work-queue' && w.pluginId === 'back-office');
    return queue === -1 ? [widget, ...others] : [...others.slice(0, queue + 1), widget, ...others.slice(queue + 1)];
  });
};
