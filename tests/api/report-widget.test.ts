/**
 * The quarterly report's home widget (issue 14) reaches home pages saved before it existed: put
 * right after the work queue, half a row wide, in every saved layout that lacks it — once; a layout
 * without the work queue gets it first; staff who remove it keep it removed.
 */
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { createStaffMember } from '../helpers/fixtures';
import { WORK_QUEUE_WIDGET_UID } from '../../plugins/back-office/server/src/work-queue/homepage-layout';
import { placeReportWidget, REPORT_WIDGET_UID } from '../../plugins/back-office/server/src/reports/homepage-layout';

let app: TestApp;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

const tokenOf = async (role: string) => {
  const member = await createStaffMember(app.strapi, role);
  return (await request(app.server).post('/admin/login').send({ email: member.email, password: member.password })).body.data.token as string;
};
const save = async (token: string, widgets: Array<{ uid: string; width: number }>) =>
  expect((await request(app.server).put('/admin/homepage/layout').set(auth(token)).send({ widgets })).status).toBe(200);
const layoutOf = async (token: string) => (await request(app.server).get('/admin/homepage/layout').set(auth(token))).body.data.widgets;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.stop();
});

test('placed after the work queue (or first), half a row wide, in layouts saved before it — once; removed stays removed', async () => {
  const manager = await tokenOf('poshtiban-manager');
  const other = await tokenOf('poshtiban-manager');
  const withQueue = [
    { uid: WORK_QUEUE_WIDGET_UID, width: 12 },
    { uid: 'admin::profile-info', width: 6 },
  ];
  const withoutQueue = [{ uid: 'plugin::content-manager.last-edited-entries', width: 6 }];
  await save(manager, withQueue);
  await save(other, withoutQueue);

  // a deployment that had these layouts before the widget: the placement has not run for them yet
  const marks = app.strapi.store({ type: 'plugin', name: 'back-office' });
  await marks.delete({ key: 'report-widget-placed:v1' });
  expect((await placeReportWidget(app.strapi)).placed).toBeGreaterThanOrEqual(2);
  expect(await layoutOf(manager)).toEqual([withQueue[0], { uid: REPORT_WIDGET_UID, width: 6 }, withQueue[1]]);
  expect(await layoutOf(other)).toEqual([{ uid: REPORT_WIDGET_UID, width: 6 }, ...withoutQueue]);

  await save(manager, withQueue);
  expect((await placeReportWidget(app.strapi)).placed).toBe(0);
  expect(await layoutOf(manager)).toEqual(withQueue);
});
