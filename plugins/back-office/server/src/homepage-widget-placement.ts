/**
 * Putting one of our widgets into the home pages staff saved before it existed.
 *
 * A staff member who never rearranged the admin home page sees the widgets in registration order.
 * One who did has a saved layout (the admin's store, key `homepage-layout:<userId>`) and sees only
 * the widgets listed there, so a widget added later would never appear. Once per placement key,
 * `placeHomepageWidget` puts the widget into every saved layout that lacks it, where `insertAt`
 * says. Staff who later remove or move it keep their choice: the placement does not run again.
 */
import type { Core } from '@strapi/strapi';

const LAYOUT_KEY_PREFIX = 'core_admin_homepage-layout:';
const MAX_WIDGETS = 100;

export type HomepageWidget = { uid: string; width: number };
type Layout = { version: number; widgets: HomepageWidget[]; updatedAt: string };

export type WidgetPlacement = {
  widget: HomepageWidget;
  /** marks the placement as done in the plugin's store; a new key places it again */
  placementKey: string;
  /** where in a saved layout's widget list the widget goes */
  insertAt: (widgets: HomepageWidget[]) => number;
};

export const placeHomepageWidget = async (strapi: Core.Strapi, { widget, placementKey, insertAt }: WidgetPlacement) => {
  const marks = strapi.store({ type: 'plugin', name: 'back-office' });
  if (await marks.get({ key: placementKey })) return { placed: 0 };

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
    if (!Array.isArray(layout?.widgets) || layout.widgets.some((w) => w.uid === widget.uid)) continue;
    const at = insertAt(layout.widgets);
    const widgets = [...layout.widgets.slice(0, at), { ...widget }, ...layout.widgets.slice(at)].slice(0, MAX_WIDGETS);
    await strapi.db.query('strapi::core-store').update({ where: { id: row.id }, data: { value: JSON.stringify({ ...layout, widgets, updatedAt: new Date().toISOString() }) } });
    placed += 1;
  }
  await marks.set({ key: placementKey, value: { at: new Date().toISOString(), placed } });
  return { placed };
};
