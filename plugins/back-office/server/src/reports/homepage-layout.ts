/**
 * The quarterly report's home widget «صدای مشتری در این فصل» (admin/src/reports) in home pages
 * saved before it existed. A staff member who rearranged the home page has a saved layout (the
 * admin's store, key `homepage-layout:<userId>`) and sees only the widgets listed there: once per
 * placement version, the widget is put into every saved layout that lacks it — right after the
 * work queue («کارهای امروز», work-queue/homepage-layout.ts, placed first), half a row wide. The
 * widget itself asks for plugin::back-office.reports.read, so a layout of someone without it lists
 * it harmlessly (the home page leaves out widgets its reader may not see). Staff who later remove
 * or move it keep their choice: the placement does not run again.
 */
import type { Core } from '@strapi/strapi';
import { WORK_QUEUE_WIDGET_UID } from '../work-queue/homepage-layout';

export const REPORT_WIDGET_UID = 'plugin::back-office.quarter-report';
const PLACEMENT_KEY = 'report-widget-placed:v1';
const LAYOUT_KEY_PREFIX = 'core_admin_homepage-layout:';
const MAX_WIDGETS = 100;

type Layout = { version: number; widgets: Array<{ uid: string; width: number }>; updatedAt: string };

export const placeReportWidget = async (strapi: Core.Strapi) => {
  const marks = strapi.store({ type: 'plugin', name: 'back-office' });
  if (await marks.get({ key: PLACEMENT_KEY })) return { placed: 0 };

  const rows: Array<{ id: number; value: string }> = await strapi.db
    .query('strapi::core-store')
    .findMany({ where: { key: { $startsWith: LAYOUT_KEY_PREFIX } }, select: ['id', 'value'] });
  let placed = 0;
  for (const row of rows) {
    let layout: Layout;
    try {
      layout = JSON.parse(row.value);
    } catch {
      continue;
    }
    if (!Array.isArray(layout?.widgets) || layout.widgets.some((w) => w.uid === REPORT_WIDGET_UID)) continue;
    const at = layout.widgets.findIndex((w) => w.uid === WORK_QUEUE_WIDGET_UID) + 1;
    const widgets = [...layout.widgets.slice(0, at), { uid: REPORT_WIDGET_UID, width: 6 }, ...layout.widgets.slice(at)].slice(0, MAX_WIDGETS);
    await strapi.db.query('strapi::core-store').update({ where: { id: row.id }, data: { value: JSON.stringify({ ...layout, widgets, updatedAt: new Date().toISOString() }) } });
    placed += 1;
  }
  await marks.set({ key: PLACEMENT_KEY, value: { at: new Date().toISOString(), placed } });
  return { placed };
};
