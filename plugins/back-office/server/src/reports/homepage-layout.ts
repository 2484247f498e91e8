/**
 * The quarterly report's home widget «صدای مشتری در این فصل» (admin/src/reports) in home pages
 * saved before it existed: right after the work queue (work-queue/homepage-layout.ts), half a row
 * wide (homepage-widget-placement.ts). The widget itself asks for plugin::back-office.reports.read,
 * so a layout of someone without it lists it harmlessly (the home page leaves out widgets its
 * reader may not see).
 */
import type { Core } from '@strapi/strapi';
import { placeHomepageWidget } from '../homepage-widget-placement';
import { WORK_QUEUE_WIDGET_UID } from '../work-queue/homepage-layout';

export const REPORT_WIDGET_UID = 'plugin::back-office.quarter-report';

export const placeReportWidget = (strapi: Core.Strapi) =>
  placeHomepageWidget(strapi, {
    widget: { uid: REPORT_WIDGET_UID, width: 6 },
    placementKey: 'report-widget-placed:v1',
    insertAt: (widgets) => widgets.findIndex((w) => w.uid === WORK_QUEUE_WIDGET_UID) + 1,
  });
