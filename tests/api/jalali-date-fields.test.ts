/**
 * Every date staff meet in the admin is Jalali: each date or date-time attribute of a content type
 * the Content Manager shows — our api::* types and the local plugins' visible types, and the
 * components they use — is one of plugins/jalali-date's custom fields. A type added later with a
 * plain `"type": "date"` fails here. (Strapi's own createdAt, updatedAt and publishedAt are shown
 * in Jalali by the plugin's list-view hook instead.)
 *
 * The custom fields store exactly what Strapi's date and datetime store: checked through the
 * Content Manager's API.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import { startApp, type TestApp } from '../helpers/strapi';
import { adminToken, createDevice, createModel, createSubscriber } from '../helpers/fixtures';

const JALALI_FIELD: Record<string, string> = {
  date: 'plugin::jalali-date.date',
  datetime: 'plugin::jalali-date.datetime',
  timestamp: 'plugin::jalali-date.datetime',
};
const STRAPI_TIMESTAMPS = ['createdAt', 'updatedAt', 'publishedAt'];

type Schema = { attributes: Record<string, { type: string; customField?: string }>; pluginOptions?: Record<string, any> };

/** 'uid.attribute' of every date or date-time attribute that is not the Jalali custom field. */
const datesNotJalali = (schemas: Record<string, Schema>): string[] =>
  Object.entries(schemas).flatMap(([uid, schema]) =>
    Object.entries(schema.attributes)
      .filter(([name, attribute]) => attribute.type in JALALI_FIELD && !STRAPI_TIMESTAMPS.includes(name))
      .filter(([, attribute]) => attribute.customField !== JALALI_FIELD[attribute.type])
      .map(([name]) => `${uid}.${name}`)
  );

let app: TestApp;

/** The local plugins: plugins/<folder>/package.json's `strapi.name`, for those the app runs. */
const localPlugins = () =>
  fs
    .readdirSync(path.join(app.strapi.dirs.app.root, 'plugins'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(app.strapi.dirs.app.root, 'plugins', entry.name, 'package.json')))
    .map((entry) => JSON.parse(fs.readFileSync(path.join(app.strapi.dirs.app.root, 'plugins', entry.name, 'package.json'), 'utf8')).strapi?.name)
    .filter((name): name is string => typeof name === 'string' && !!app.strapi.plugin(name));

/** The content types the Content Manager shows, and the components they may use. */
const shownSchemas = (): Record<string, Schema> => {
  const plugins = localPlugins();
  const types = Object.entries(app.strapi.contentTypes as Record<string, Schema>).filter(
    ([uid, schema]) =>
      (uid.startsWith('api::') || plugins.some((name) => uid.startsWith(`plugin::${name}.`))) &&
      schema.pluginOptions?.['content-manager']?.visible !== false
  );
  return { ...Object.fromEntries(types), ...(app.strapi.components as Record<string, Schema>) };
};

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

describe('every date the Content Manager shows is a Jalali field', () => {
  test('the check tells a plain date or datetime from the Jalali fields', () => {
    expect(
      datesNotJalali({
        'api::sample.sample': {
          attributes: {
            plainDate: { type: 'date' },
            plainInstant: { type: 'datetime' },
            wrongField: { type: 'date', customField: 'plugin::jalali-date.datetime' },
            jalaliDate: { type: 'date', customField: 'plugin::jalali-date.date' },
            jalaliInstant: { type: 'datetime', customField: 'plugin::jalali-date.datetime' },
            createdAt: { type: 'datetime' },
            title: { type: 'string' },
          },
        },
      })
    ).toEqual(['api::sample.sample.plainDate', 'api::sample.sample.plainInstant', 'api::sample.sample.wrongField']);
  });

  test('the two custom fields are registered with the types they store', () => {
    const customFields = app.strapi.get('custom-fields');
    expect(customFields.get('plugin::jalali-date.date')).toMatchObject({ type: 'date' });
    expect(customFields.get('plugin::jalali-date.datetime')).toMatchObject({ type: 'datetime' });
  });

  test('no content type the Content Manager shows (api::*, local plugins, components) has a plain date or datetime', () => {
    const schemas = shownSchemas();
    expect(localPlugins()).toEqual(expect.arrayContaining(['jalali-date', 'messaging', 'customer-accounts']));
    // the check reaches the types it is about
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['api::device.device', 'api::repair-order.repair-order', 'plugin::messaging.message-template']));
    expect(app.strapi.contentTypes['api::device.device'].attributes.installationDate).toMatchObject({ type: 'date', customField: 'plugin::jalali-date.date' });
    expect(datesNotJalali(schemas)).toEqual([]);
  });
});

describe('the Jalali fields store what Strapi stores', () => {
  test('an ISO day stays that day and a date-time is a UTC instant, through the Content Manager', async () => {
    const admin = await adminToken(app.strapi, app.server);
    const owner = await createSubscriber(app.strapi);
    const device = await createDevice(app.strapi, { owner: owner.documentId, model: (await createModel(app.strapi)).documentId });
    const uid = 'api::device.device';

    // 30 Esfand 1403 (2025-03-20), and 00:15 on that day in Tehran (20:45 UTC the day before)
    const saved = await request(app.server)
      .put(`/content-manager/collection-types/${uid}/${device.documentId}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ installationDate: '2025-03-20' });
    expect(saved.status).toBe(200);
    await app.strapi.db.query(uid).update({ where: { id: device.id }, data: { installationConfirmedAt: new Date('2025-03-19T20:45:00.000Z') } });

    const read = await request(app.server).get(`/content-manager/collection-types/${uid}/${device.documentId}`).set('Authorization', `Bearer ${admin}`);
    expect(read.body.data.installationDate).toBe('2025-03-20');
    expect(new Date(read.body.data.installationConfirmedAt).toISOString()).toBe('2025-03-19T20:45:00.000Z');

    const row = await app.strapi.db.connection('devices').where({ id: device.id }).first('installation_date');
    const value = row.installation_date;
    const stored =
      value instanceof Date
        ? `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`
        : String(value).slice(0, 10);
    expect(stored).toBe('2025-03-20');
  });
});
