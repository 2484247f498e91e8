/**
 * Test data through the same paths staff use: the Document Service (so the record rules run)
 * and the customer-accounts plugin for portal credentials.
 */
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import { addDays, tehranDate } from '../../src/domain/jalali';

let sequence = 0;
const PLACES = ['001', '002', '003', '004', '005', '006', '007', '008', '011', '015'];

/** A valid national code, different on every call. */
export const nextNationalCode = (): string => {
  sequence += 1;
  const nine = `${PLACES[sequence % PLACES.length]}${String(100_000 + sequence * 7_919 + (process.pid % 1000)).slice(-6)}`;
  const sum = nine.split('').reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
  const r = sum % 11;
  return `${nine}${r < 2 ? r : 11 - r}`;
};

let subscriberNumber = 5000;
let serialNumber = 0;

export const createModel = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) => {
  const type = await strapi.documents('api::device-type.device-type').create({
    data: { name: `نوع ${++serialNumber}`, nameEn: `Type ${serialNumber}`, code: `type-${serialNumber}` } as any,
  });
  return strapi.documents('api::device-model.device-model').create({
    data: { brand: 'Zig', model: `ZC-${serialNumber}`, deviceType: type.documentId, defaultWarrantyMonths: 18, defaultServiceMonths: 12, ...overrides } as any,
  });
};

export const createSubscriber = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) =>
  strapi.documents('api::subscriber.subscriber').create({
    data: {
      subscriberNumber: String(++subscriberNumber),
      fullName: 'مشترک آزمایشی',
      nationalCode: nextNationalCode(),
      mobile: '09121234567',
      mainOperatorName: 'اپراتور آزمایشی',
      address: { city: 'تهران', street: 'خیابان آزادی', building: 'ساختمان ۱' },
      ...overrides,
    } as any,
  });

/**
 * A device as staff register it. `installationConfirmedAt` (default: now) stands for a buyer's
 * confirmation already made — set directly, since only the confirmation form may set it; pass
 * null for a device awaiting installation.
 */
export const createDevice = async (
  strapi: Core.Strapi,
  { owner, model, installationConfirmedAt = new Date(), ...overrides }: { owner: string; model: string; installationConfirmedAt?: Date | null } & Record<string, unknown>
) => {
  const installationDate = addDays(tehranDate(), -100);
  const device = await strapi.documents('api::device.device').create({
    data: {
      serial: `SN${String(++serialNumber).padStart(6, '0')}${process.pid % 1000}`,
      owner,
      model,
      installationDate,
      serviceMode: 'initial',
      ...overrides,
    } as any,
  });
  if (installationConfirmedAt) {
    await strapi.db.query('api::device.device').update({ where: { id: device.id }, data: { installationConfirmedAt } });
  }
  return { ...device, installationConfirmedAt };
};

export const PASSWORD = 'correct-horse-42';

/** A subscriber with a portal account (password PASSWORD). */
export const createCustomer = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) => {
  const subscriber = await createSubscriber(strapi, overrides);
  await strapi.plugin('customer-accounts').service('accounts').issueCredentials({
    subscriberDocumentId: subscriber.documentId,
    password: PASSWORD,
    actor: { label: 'test' },
  });
  return subscriber;
};

export const login = async (server: any, identifier: string, password = PASSWORD) =>
  request(server).post('/api/auth/local').send({ identifier, password });

/** Logs in and returns the bearer token (fails the test on a bad login). */
export const tokenFor = async (server: any, identifier: string, password = PASSWORD): Promise<string> => {
  const res = await login(server, identifier, password);
  if (res.status !== 200 || !res.body.jwt) throw new Error(`login failed for ${identifier}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.jwt;
};

export type StaffMember = { email: string; password: string; id: number };
let staffSequence = 0;

/** A staff member of the admin role `roleCode`, as the super admin would create them. */
export const createStaffMember = async (strapi: Core.Strapi, roleCode: string, name = 'کارمند'): Promise<StaffMember> => {
  const role = await strapi.service('admin::role').findOne({ code: roleCode });
  if (!role) throw new Error(`no admin role ${roleCode}`);
  const email = `staff${++staffSequence}-${process.pid}-${Date.now()}@poshtiban.test`;
  const password = 'Staff-Passw0rd!';
  const user = await strapi
    .service('admin::user')
    .create({ email, firstname: name, lastname: String(staffSequence), password, isActive: true, registrationToken: null, roles: [role.id] });
  return { email, password, id: user.id };
};

/** A staff member with one of the admin roles, logged in to the admin API. */
export const adminToken = async (strapi: Core.Strapi, server: any, roleCode = 'strapi-super-admin'): Promise<string> => {
  const { email, password } = await createStaffMember(strapi, roleCode);
  const res = await request(server).post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`admin login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.token;
};
