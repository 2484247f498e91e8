/**
 * The work queue: what waits for staff today, as a list any capability adds to. An item names
 * the permission it needs, counts its records (one COUNT statement) and links to where staff act
 * on them (an admin path: a Content Manager list with filters, a plugin page…). The admin home
 * page's «کارهای امروز» widget shows the items the caller may act on.
 *
 *   strapi.plugin('back-office').service('work-queue').register({
 *     id: 'transfers-to-review',
 *     title: { fa: 'انتقال‌های در انتظار بررسی', en: 'Transfers to review' },
 *     permission: { action: 'plugin::back-office.transfers.review' },
 *     count: () => …,
 *     link: () => '/content-manager/collection-types/…?filters[$and][0][transferStatus][$eq]=pending',
 *   });
 *
 * `count` and `link` get the same context (the instant the request is answered), so a count of
 * "today's" records and the filtered list it links to agree on what today is.
 */
import type { Core } from '@strapi/strapi';

export type WorkQueueContext = { now: Date };

export type WorkQueueItem = {
  /** stable, unique; also the row's key in the widget */
  id: string;
  title: { fa: string; en: string };
  /**
   * the admin permission staff need to act on the item (subject: a content type uid, or none);
   * `unlimited`: held on every record, not only some (no RBAC condition such as the CEO line's) —
   * a count over all records must not reach a role that may see only some of them
   */
  permission: { action: string; subject?: string; unlimited?: boolean };
  count: (context: WorkQueueContext) => Promise<number>;
  link: (context: WorkQueueContext) => string;
};

/** count: null when counting failed (logged); the widget says so instead of hiding the item */
export type WorkQueueEntry = { id: string; title: { fa: string; en: string }; count: number | null; link: string };

type Ability = { can: (action: string, subject?: string) => boolean; rulesFor?: (action: string, subject?: string) => Array<{ inverted?: boolean; conditions?: unknown }> };

/** Whether the ability holds the permission, and — for `unlimited` items — without a condition. */
const mayAct = (ability: Ability, permission: WorkQueueItem['permission']) => {
  if (!ability.can(permission.action, permission.subject)) return false;
  if (!permission.unlimited || typeof ability.rulesFor !== 'function') return true;
  return ability
    .rulesFor(permission.action, permission.subject)
    .some((rule) => !rule.inverted && (!rule.conditions || (typeof rule.conditions === 'object' && Object.keys(rule.conditions as object).length === 0)));
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const items: WorkQueueItem[] = [];

  return {
    /** Adds items to the queue; an id registered twice is an error (two capabilities clash). */
    register(...added: WorkQueueItem[]) {
      for (const item of added) {
        if (!item?.id || !item.title?.fa || !item.title?.en || !item.permission?.action || typeof item.count !== 'function' || typeof item.link !== 'function') {
          throw new Error(`back-office work queue: item ${item?.id ?? '(no id)'} needs id, title {fa, en}, permission {action}, count() and link()`);
        }
        if (items.some((existing) => existing.id === item.id)) throw new Error(`back-office work queue: item ${item.id} is registered twice`);
        items.push(item);
      }
    },

    /** The registered items, in registration order. */
    items(): readonly WorkQueueItem[] {
      return items;
    },

    /** The items `ability` may act on, each counted (in parallel) and linked. */
    async forAbility(ability: Ability, context: WorkQueueContext = { now: new Date() }): Promise<WorkQueueEntry[]> {
      const allowed = items.filter((item) => mayAct(ability, item.permission));
      const counts = await Promise.all(
        allowed.map(async (item) => {
          try {
            return Number(await item.count(context));
          } catch (error) {
            // one broken count does not hide the rest of the queue
            strapi.log.error(`back-office work queue: counting ${item.id} failed: ${(error as Error)?.message ?? error}`);
            return null;
          }
        })
      );
      return allowed.map((item, i) => ({ id: item.id, title: item.title, count: counts[i], link: item.link(context) }));
    },
  };
};
