/**
 * The work queue widget «کارهای امروز» first on every staff member's home page: the admin part
 * registers it first (admin/src/work-queue), and home pages saved before it existed get it at the
 * top, a full row wide (homepage-widget-placement.ts).
 */
import type { Core } from '@strapi/strapi';
import { placeHomepageWidget } from '../homepage-widget-placement';

export const WORK_QUEUE_WIDGET_UID = 'plugin::back-office.work-queue';

export const placeWorkQueueWidget = (strapi: Core.Strapi) =>
  placeHomepageWidget(strapi, { widget: { uid: WORK_QUEUE_WIDGET_UID, width: 12 }, placementKey: 'work-queue-widget-placed:v1', insertAt: () => 0 });
