/**
 * The work queue widget first on every staff member's home page.
 *
 * A user who never rearranged the home page gets the widgets in registration order, and the admin
 * part registers ours first (admin/src/work-queue). A user who did has a saved layout (the admin's
 * store, key `homepage-layout:<userId>`), and the home page shows only the widgets listed there: a
 * widget added later would never appear. So, once per placement version, the widget is put at the
 * top of every saved layout that lacks it, a full row wide. Staff who later remove or move it keep
 * their choice: the placement does not run again.
 */
import type { Core } from '@strapi/strapi';

export const WORK_QUEUE_WIDGET_UID = 'plugin::back-office.work-queue';
const PLACEMENT_KEY = 'work-queue-widget-placed:v1';
const LAYOUT_KEY_PREFIX = 'core_admin_homepage-layout:';
const MAX_WIDGETS = 100;

type Layout = { version: number; widgets: Array<{ uid: string; width: number }>; updatedAt: string };

export const placeWorkQueueWidget = async (strapi: Core.Strapi) => {
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
    if (!Array.isArray(layout?.widgets) || layout.widgets.some((w) => w.uid === WORK_QUEUE_WIDGET_UID)) continue;
    const next: Layout = { ...layout, widgets: [{ uid: WORK_QUEUE_WIDGET_UID, width: 12 }, ...layout.widgets].slice(0, MAX_WIDGETS), updatedAt: new Date().toISOString() };
    await strapi.db.query('strapi::core-store').update({ where: { id: row.id }, data: { value: JSON.stringify(next) } });
    placed += 1;
  }
  await marks.set({ key: PLACEMENT_KEY, value: { at: new Date().toISOString(), placed } });
  return { placed };
};
