/**
 * crm-sync — every change of a device's service status is recorded in the Didar CRM, through a
 * durable job queue retried until Didar accepts, in order per device. Local provider by default.
 * Workflows call `service('sync').recordStatusChange({ deviceId, event })` in their transaction;
 * staff edits go through `syncDevice` (src/api/device/document-rules.ts) and the daily
 * `noticeChanges` catches statuses that change by date or were written without a job.
 */
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default { bootstrap, config, contentTypes, controllers, routes, services };
