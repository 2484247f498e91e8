/**
 * Stored script across every page (issue 15): whatever text is stored — typed by a customer on the
 * site, by staff in the admin and the Ticket desk, or written straight into the database — is shown
 * as text, never run.
 *
 * One buyer gets hostile values in every text field the customer site shows: their name, operator
 * and address; the device model's brand and model, the device type and the knowledge topic; a
 * device's dongle/User ID and the model's document; a ticket's title, description, attachment name
 * and messages (the buyer's, and a staff reply from a member whose own name is hostile); the
 * invoice's lines; a repair's fault and accessories; ownership transfers (the new owner's name, the
 * rejection reason); notifications (title, body, and a `javascript:` link stored as it is); a
 * pinned legal announcement; an article (every kind of block, `javascript:` and `data:` links,
 * images whose file address is `javascript:`/`data:`, hostile alternative text and caption) and
 * videos (one whose link is `javascript:`); a course, its order and licence (a `javascript:` licence
 * page); payments (description, reference, card); a complaint staff recorded and answered; the
 * satisfaction survey of the buyer's installation; the company's contact details in the footer.
 * The payloads: <script>, <img onerror>, "><svg onload>, javascript:, bidi controls and unbroken
 * runs up to 5,000 characters.
 *
 * Then every route of site/src/app/routes.tsx is opened — the `:id` pages with the seeded ids,
 * the public ones logged out — in Persian and English on a 375 px phone, and in Persian on a
 * desktop; the bell, the notification's link and the ticket list's link are followed by clicking.
 * On each page: `window.__xss` undefined, no dialog, no uncaught error, every seeded value the page
 * shows visible as the text typed (so nothing passes by showing nothing), no element with an event
 * handler attribute or a `javascript:`/`data:`/`vbscript:` address, no inline script, no sideways
 * scrolling and no seeded text running out of the screen. The admin's Ticket desk and the
 * subscriber's Content Manager pages are opened with the same data, and the server-made HTML pages
 * (the staff repair receipt, the sandbox gateway) are read for unescaped markup.
 * Screenshots: test-results/stored-script-*.png.
 */
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { BrowserContext, Dialog, Page } from 'playwright-core';
import type { TestApp } from '../helpers/strapi';
import { buildAdminOnce } from '../helpers/admin';
import { DESKTOP, failOnPageErrors, shoot, startSiteUnderTest, type Lang, type SiteUnderTest, type Viewport } from '../helpers/browser';
import { createCustomer, createDevice, createStaffMember, nextNationalCode, PASSWORD, tokenFor, type StaffMember } from '../helpers/fixtures';
import { PNG_1x1, removeFiles, uploadFile } from '../helpers/uploads';
import { imageBlock } from '../../src/domain/blocks';
import { simplePdf } from '../../src/bootstrap/demo-pdf';
import { hashSurveyToken, newSurveyToken } from '../../src/domain/survey-token';
import { addDays, tehranDate } from '../../src/domain/jalali';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
/** the narrowest phone the site is laid out for */
const PHONE = { width: 375, height: 812 };

/* ---------- the payloads ---------- */

const SCRIPT = '<script>window.__xss=1</script>';
const IMG = '<img src=x onerror="window.__xss=2">';
const SVG = '"><svg onload=window.__xss=3>';
const JS_URL = 'javascript:window.__xss=4';
const DATA_URL = 'data:text/html,<script>window.__xss=5</script>';
/** right-to-left override, right-to-left isolate (never closed), right-to-left mark */
const BIDI = '\u202E\u2067\u200F';
/** every vector, the shortest first so a short column still holds the first ones */
const VECTORS = `${SVG}${IMG}${SCRIPT}${JS_URL}`;

/**
 * A hostile value for a field holding at most `max` characters: its tag (which field it is), the
 * vectors, the bidi controls and then one unbroken run of letters up to `max`.
 */
const hostile = (tag: string, max: number): string => {
  const head = `${tag}${VECTORS} ${BIDI}`;
  return (head + 'W'.repeat(Math.max(0, max - head.length))).slice(0, max);
};
/** What the page must show of a field: its tag and the first vector, as text. */
const shown = (tag: Tag) => `${tag}:${SVG}`;

/** Every seeded text, by tag (Persian; an `e` at the end: the English version). */
const V = {
  NM: hostile('NM:', 120), // the subscriber's full name
  OP: hostile('OP:', 120), // main operator
  CI: hostile('CI:', 80), // address: city, street, building
  ST: hostile('ST:', 200),
  BD: hostile('BD:', 200),
  BR: hostile('BR:', 80), // device model: brand, model
  MD: hostile('MD:', 120),
  DT: hostile('DT:', 120), // device type
  DTe: hostile('DTe:', 120),
  TO: hostile('TO:', 120), // knowledge topic
  TOe: hostile('TOe:', 120),
  DG: hostile('DG:', 64), // a device's dongle / User ID
  DN: 'DN:"><svg onload=window.__xss=3><img src=x onerror=window.__xss=2>.pdf', // a model's document (a file name)
  TT: hostile('TT:', 150), // ticket title, description, the buyer's message, the staff reply
  TB: hostile('TB:', 5000),
  TM: hostile('TM:', 2000),
  SR: hostile('SR:', 5000),
  SN: hostile('SN:', 100), // the staff member's name (the reply's author)
  AT: 'AT:"><svg onload=window.__xss=3><img src=x onerror=window.__xss=2>.png', // an attachment's name
  IL: hostile('IL:', 200), // an invoice line: description and unit
  ILe: hostile('ILe:', 200),
  IU: hostile('IU:', 60),
  IUe: hostile('IUe:', 60),
  RF: hostile('RF:', 5000), // repair: the fault, the accessories received
  RA: hostile('RA:', 1000),
  TN: hostile('TN:', 120), // transfer: the new owner's name (the buyer typed it), the rejection (staff)
  TR: hostile('TR:', 2000),
  NT: hostile('NT:', 200), // a notification stored as it is: title and body, both languages
  NTe: hostile('NTe:', 200),
  NB: hostile('NB:', 5000),
  NBe: hostile('NBe:', 5000),
  NL: hostile('NL:', 200), // a notification with a link to the ticket
  AN: hostile('AN:', 200), // announcement: title, summary, body
  ANe: hostile('ANe:', 200),
  AS: hostile('AS:', 160),
  ASe: hostile('ASe:', 160),
  AB: hostile('AB:', 5000),
  ABe: hostile('ABe:', 5000),
  KT: hostile('KT:', 200), // article: title, summary and its body's blocks
  KTe: hostile('KTe:', 200),
  KS: hostile('KS:', 500),
  KSe: hostile('KSe:', 500),
  KP: hostile('KP:', 5000),
  KPe: hostile('KPe:', 3000),
  KH: hostile('KH:', 300),
  KI: hostile('KI:', 300),
  KQ: hostile('KQ:', 300),
  KC: hostile('KC:', 300),
  KJ: hostile('KJ:', 120), // the words of a javascript: link, of a data: link
  KD: hostile('KD:', 120),
  KA: hostile('KA:', 200), // an image's alternative text and caption
  KF: hostile('KF:', 200),
  VT: hostile('VT:', 200), // videos: title, description; one with a javascript: link
  VD: hostile('VD:', 2000),
  VJ: hostile('VJ:', 200),
  CO: hostile('CO:', 200), // course: title, summary, description (both languages)
  COe: hostile('COe:', 200),
  CS: hostile('CS:', 500),
  CSe: hostile('CSe:', 500),
  CD: hostile('CD:', 5000),
  CDe: hostile('CDe:', 5000),
  LK: hostile('LK:', 200), // the licence key
  PD: hostile('PD:', 250), // payment: description, reference, card
  PR: hostile('PR:', 64),
  PC: 'PC:"><svg onload=window.__xss=3>',
  CN: hostile('CN:', 120), // complaint: name, subject, description, staff's response
  CP: hostile('CP:', 150),
  CX: hostile('CX:', 5000),
  CR: hostile('CR:', 5000),
  WH: hostile('WH:', 200), // contact details: working hours, address (both languages), e-mail
  WHe: hostile('WHe:', 200),
  AD: hostile('AD:', 400),
  ADe: hostile('ADe:', 400),
  EM: 'em"><svg/onload=window.__xss=3>@evil.example',
};
type Tag = keyof typeof V;

/* ---------- the run ---------- */

let site: SiteUnderTest;
let app: TestApp;
let baseUrl: string;
let buyer: { id: number; documentId: string; subscriberNumber: string; fullName: string };
let support: StaffMember;
let superAdmin: StaffMember;
const files: Array<{ id: number }> = [];
const ids = {} as Record<
  | 'payPerCase'
  | 'renewed'
  | 'confirmed'
  | 'transferred'
  | 'ticket'
  | 'invoice'
  | 'repair'
  | 'article'
  | 'video'
  | 'linkVideo'
  | 'course'
  | 'coursePayment'
  | 'renewalPayment'
  | 'complaintCode'
  | 'surveyToken'
  | 'serial'
  | 'deviceType',
  string
>;
const COMPLAINT_MOBILE = '09351234500';

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const ok = (res: request.Response, status: number, what: string) => {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
  return res;
};
const staffToken = async (member: StaffMember) =>
  ok(await request(app.server).post('/admin/login').send({ email: member.email, password: member.password }), 200, 'admin login').body.data.token as string;

/** Pays (or not) a payment on the built-in sandbox gateway and follows its callback, as the browser would. */
const settleOnSandbox = async (redirectUrl: string) => {
  const authority = new URL(redirectUrl).pathname.split('/').pop()!;
  const back = await request(app.server).post(`/api/payment/sandbox/${authority}/pay`);
  const callback = new URL(back.headers.location);
  await request(app.server).get(`${callback.pathname}${callback.search}`);
};

const text = (value: string) => ({ type: 'text', text: value });

const seed = async () => {
  const { strapi } = app;
  const docs = strapi.documents;
  const today = tehranDate();

  // the footer's contact details, on every page
  const contact = await docs('api::contact-settings.contact-settings').findFirst({});
  const contactData = { supportPhone: '02191001234', email: V.EM, workingHoursFa: V.WH, workingHoursEn: V.WHe, addressFa: V.AD, addressEn: V.ADe };
  if (contact) await docs('api::contact-settings.contact-settings').update({ documentId: contact.documentId, data: contactData as any });
  else await docs('api::contact-settings.contact-settings').create({ data: contactData as any });

  // the catalogue: device type, model (with a document whose name is hostile), topic
  const type = await docs('api::device-type.device-type').create({ data: { name: V.DT, nameEn: V.DTe, code: 'xss-type' } as any });
  ids.deviceType = type.documentId;
  // Strapi's upload refuses such a name; staff can still rename a file, and a row is data: stored as it is
  const manual = await uploadFile(strapi, simplePdf('manual', ['page one']), 'manual.pdf', 'application/pdf');
  files.push(manual);
  await strapi.db.query('plugin::upload.file').update({ where: { id: manual.id }, data: { name: V.DN } });
  const model = await docs('api::device-model.device-model').create({
    data: { brand: V.BR, model: V.MD, deviceType: type.documentId, defaultWarrantyMonths: 18, defaultServiceMonths: 12, documents: [manual.id] } as any,
  });
  const topic = await docs('api::knowledge-topic.knowledge-topic').create({ data: { name: V.TO, nameEn: V.TOe, code: 'xss-topic', sortOrder: 1 } as any });

  // the buyer, as staff enter them
  buyer = (await createCustomer(strapi, {
    fullName: V.NM,
    mainOperatorName: V.OP,
    mobile: '09121000015',
    address: { city: V.CI, street: V.ST, building: V.BD, postalCode: '1234567890' },
  })) as any;
  const token = await tokenFor(app.server, buyer.subscriberNumber);

  // devices: one on pay-per-case (tickets, the invoice, a repair), one expired (renewed and paid),
  // one awaiting installation (confirmed by the buyer: the survey), one to transfer
  const payPerCase = await createDevice(strapi, {
    owner: buyer.documentId,
    model: model.documentId,
    dongleOrUserId: V.DG,
    installationDate: addDays(today, -500),
    serviceEnd: addDays(today, -30),
    serviceMode: 'pay_per_case',
    warrantyEnd: addDays(today, 200),
  });
  ids.payPerCase = payPerCase.documentId;
  ids.serial = (payPerCase as unknown as { serial: string }).serial;
  const expired = await createDevice(strapi, { owner: buyer.documentId, model: model.documentId, serviceEnd: addDays(today, -10) });
  ids.renewed = expired.documentId;
  const awaiting = await createDevice(strapi, { owner: buyer.documentId, model: model.documentId, installationConfirmedAt: null, installationDate: addDays(today, -4) });
  ids.confirmed = awaiting.documentId;
  const toTransfer = await createDevice(strapi, { owner: buyer.documentId, model: model.documentId });
  ids.transferred = toTransfer.documentId;

  // the installation, confirmed on the site; its satisfaction survey sent
  const confirmation = ok(
    await request(app.server)
      .post(`/api/me/devices/${awaiting.documentId}/installation-confirmation`)
      .set(auth(token))
      .send({ deviceFullyInstalled: true, driverCompressorConnectionsInstalled: true, initialTrainingGiven: true, allItemsDone: true, installationDate: addDays(today, -4) }),
    201,
    'installation confirmation'
  ).body.data;
  const confirmationRow = await strapi.db.query('api::installation-confirmation.installation-confirmation').findOne({ where: { documentId: confirmation.id } });
  ids.surveyToken = newSurveyToken();
  await strapi.db.query('api::survey.survey').create({
    data: {
      installationConfirmationId: confirmationRow.id,
      subscriber: buyer.id,
      device: awaiting.id,
      tokenHash: hashSurveyToken(ids.surveyToken),
      sentAt: new Date(),
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      dissatisfied: false,
    },
  });

  // a ticket the buyer opens on the site (with an attachment) and a message, a staff reply from
  // the Ticket desk, then resolved: the invoice
  const opened = ok(
    await request(app.server)
      .post('/api/me/tickets')
      .set(auth(token))
      .field('device', payPerCase.documentId)
      .field('kind', 'fault')
      .field('priority', 'high')
      .field('title', V.TT)
      .field('description', V.TB)
      .attach('attachments', PNG_1x1, { filename: 'photo.png', contentType: 'image/png' }),
    201,
    'ticket'
  ).body.data;
  ids.ticket = opened.id;
  // the attachment's name as no upload writes it (Strapi refuses such names; the row is data)
  await strapi.db.query('plugin::upload.file').update({ where: { documentId: opened.messages[0].attachments[0].id }, data: { name: V.AT } });
  ok(await request(app.server).post(`/api/me/tickets/${ids.ticket}/messages`).set(auth(token)).field('body', V.TM), 201, 'message');
  const desk = await staffToken(support);
  ok(await request(app.server).post(`/back-office/tickets/${ids.ticket}/messages`).set(auth(desk)).field('body', V.SR).field('internal', 'false'), 201, 'staff reply');
  ok(await request(app.server).post(`/back-office/tickets/${ids.ticket}/resolve`).set(auth(desk)).send({ difficulty: 'standard', workHours: '1.5' }), 200, 'resolve');
  ids.invoice = ok(await request(app.server).get('/api/me/invoices').set(auth(token)), 200, 'invoices').body.data[0].id;
  // an invoice line as no rate table writes it (the lines are stored JSON, shown as they are)
  const invoice = await strapi.db.query('api::invoice.invoice').findOne({ where: { documentId: ids.invoice } });
  const lines = [...invoice.lines];
  lines[0] = { ...lines[0], description: { fa: V.IL, en: V.ILe }, unit: { fa: V.IU, en: V.IUe } };
  await strapi.db.query('api::invoice.invoice').update({ where: { id: invoice.id }, data: { lines } });

  // a repair staff take in, then work on
  const repair = await docs('api::repair-order.repair-order').create({ data: { device: payPerCase.documentId, reportedFault: V.RF, accessoriesReceived: V.RA, boxReceived: true } as any });
  await docs('api::repair-order.repair-order').update({ documentId: repair.documentId, data: { repairStatus: 'diagnosing' } as any });
  ids.repair = repair.documentId;

  // ownership transfers the buyer asks for: one rejected by staff, one pending
  const admin = await staffToken(superAdmin);
  const transfer = (nationalCode: string) =>
    request(app.server)
      .post('/api/me/ownership-transfers')
      .set(auth(token))
      .send({ deviceId: toTransfer.documentId, newOwner: { fullName: V.TN, nationalCode, mobile: '09171234567' }, ownershipEndConfirmed: true });
  const first = ok(await transfer(nextNationalCode()), 201, 'transfer').body.data;
  ok(await request(app.server).post(`/back-office/ownership-transfers/${first.id}/reject`).set(auth(admin)).send({ reason: V.TR }), 200, 'reject');
  ok(await transfer(nextNationalCode()), 201, 'second transfer');

  // notifications: one stored as it is (a javascript: link the portal never writes), one with a link
  await strapi.db.query('api::notification.notification').create({
    data: { subscriberId: buyer.id, sourceType: 'system', sourceId: 'xss:raw', kind: 'general', titleFa: V.NT, titleEn: V.NTe, bodyFa: V.NB, bodyEn: V.NBe, link: JS_URL, pinned: false, publishedAt: new Date() },
  });
  await strapi.db.query('api::notification.notification').create({
    data: { subscriberId: buyer.id, sourceType: 'system', sourceId: 'xss:data', kind: 'general', titleFa: 'data link', titleEn: 'data link', bodyFa: V.NB, bodyEn: V.NBe, link: DATA_URL, pinned: false, publishedAt: new Date() },
  });
  await strapi.service('api::notification.notification').notify({ subscriberId: buyer.id, sourceId: 'xss:ticket', title: { fa: V.NL, en: V.NL }, body: { fa: V.NB, en: V.NBe }, link: `/tickets/${ids.ticket}` });

  // a legal notice (pinned on the dashboard), Persian and English, published to the buyer
  const announcement = await docs('api::announcement.announcement').create({
    locale: 'fa',
    data: { title: V.AN, summary: V.AS, body: V.AB, kind: 'legal_notice', audience: 'subscribers', subscribers: [buyer.documentId], sendSms: false, sendWhatsapp: false } as any,
  });
  await docs('api::announcement.announcement').update({ documentId: announcement.documentId, locale: 'en', data: { title: V.ANe, summary: V.ASe, body: V.ABe, subscribers: [buyer.documentId] } as any });
  await docs('api::announcement.announcement').publish({ documentId: announcement.documentId, locale: '*' });
  await strapi.service('api::announcement.fan-out').runPending();

  // the knowledge base: an article with every kind of block, images whose files have hostile text
  // and addresses; a video with a hostile description, one with a javascript: link
  const picture = await uploadFile(strapi, PNG_1x1, 'picture.png', 'image/png', V.KA);
  const jsImage = await uploadFile(strapi, PNG_1x1, 'js.png', 'image/png', V.KA);
  const dataImage = await uploadFile(strapi, PNG_1x1, 'data.png', 'image/png', V.KA);
  files.push(picture, jsImage, dataImage);
  await strapi.db.query('plugin::upload.file').update({ where: { id: picture.id }, data: { caption: V.KF } });
  await strapi.db.query('plugin::upload.file').update({ where: { id: jsImage.id }, data: { url: JS_URL } });
  await strapi.db.query('plugin::upload.file').update({ where: { id: dataImage.id }, data: { url: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=6"/>' } });
  const link = (url: string, words: string) => ({ type: 'link', url, children: [text(words)] });
  // Strapi's editor refuses links that are not http(s)/mailto/tel/paths: written as placeholders,
  // then stored as they are (a body is data, never trusted)
  const UNSAFE: Record<string, string> = {
    'https://placeholder.example/js': JS_URL,
    'https://placeholder.example/data': DATA_URL,
    'https://placeholder.example/upper': ' JavaScript:window.__xss=7',
    'https://placeholder.example/relative': '//evil.example/x',
  };
  const body = [
    { type: 'heading', level: 2, children: [text(V.KH)] },
    { type: 'paragraph', children: [text(V.KP)] },
    {
      type: 'paragraph',
      children: [
        link('https://placeholder.example/js', V.KJ),
        text(' '),
        link('https://placeholder.example/data', V.KD),
        text(' '),
        link('https://placeholder.example/upper', 'upper-case javascript'),
        text(' '),
        link('https://placeholder.example/relative', 'protocol-relative'),
      ],
    },
    { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text(V.KI)] }] },
    { type: 'quote', children: [text(V.KQ)] },
    { type: 'code', children: [text(V.KC)] },
    imageBlock({ ...picture, alternativeText: V.KA, caption: V.KF }),
    imageBlock(jsImage),
    imageBlock(dataImage),
  ];
  const article = await docs('api::article.article').create({
    locale: 'fa',
    data: { title: V.KT, summary: V.KS, body, cover: picture.id, deviceTypes: [type.documentId], topic: topic.documentId } as any,
  });
  await docs('api::article.article').update({
    documentId: article.documentId,
    locale: 'en',
    data: { title: V.KTe, summary: V.KSe, body: [{ type: 'paragraph', children: [text(V.KPe), text(' '), link('https://placeholder.example/js', V.KJ)] }] } as any,
  });
  await docs('api::article.article').publish({ documentId: article.documentId, locale: '*' });
  for (const row of await strapi.db.query('api::article.article').findMany({ where: { documentId: article.documentId } })) {
    let json = JSON.stringify(row.body);
    for (const [placeholder, unsafe] of Object.entries(UNSAFE)) json = json.split(JSON.stringify(placeholder).slice(1, -1)).join(JSON.stringify(unsafe).slice(1, -1));
    await strapi.db.query('api::article.article').update({ where: { id: row.id }, data: { body: JSON.parse(json) } });
  }
  ids.article = article.documentId;

  const video = await docs('api::video.video').create({
    locale: 'fa',
    data: { title: V.VT, description: V.VD, externalUrl: 'https://www.aparat.com/v/xss1', durationSeconds: 300, deviceTypes: [type.documentId], topic: topic.documentId } as any,
  });
  await docs('api::video.video').publish({ documentId: video.documentId, locale: '*' });
  ids.video = video.documentId;
  const linkVideo = await docs('api::video.video').create({ locale: 'fa', data: { title: V.VJ, externalUrl: 'https://www.aparat.com/v/xss2', deviceTypes: [type.documentId] } as any });
  await docs('api::video.video').publish({ documentId: linkVideo.documentId, locale: '*' });
  // a link the admin refuses (not https), as if written before the rule or straight into the table
  await strapi.db.query('api::video.video').updateMany({ where: { documentId: linkVideo.documentId }, data: { externalUrl: JS_URL } });
  ids.linkVideo = linkVideo.documentId;

  // a course bought on the site; its licence as stored (a javascript: licence page)
  const course = await docs('api::course.course').create({
    data: { title: V.CO, titleEn: V.COe, summary: V.CS, summaryEn: V.CSe, description: V.CD, descriptionEn: V.CDe, priceRials: '25000000', spotPlayerCourseIds: ['5f0c6a1b2c3d4e5f6a7b8c9d'] } as any,
  });
  await docs('api::course.course').publish({ documentId: course.documentId });
  ids.course = course.documentId;
  const purchase = ok(await request(app.server).post(`/api/me/courses/${course.documentId}/purchase`).set(auth(token)), 201, 'course purchase').body.data;
  ids.coursePayment = purchase.payment.id;
  // the sandbox gateway's own page (server-made HTML) shows the payment's description: escaped
  const sandbox = await request(app.server).get(new URL(purchase.payment.redirectUrl).pathname);
  expect(sandbox.status).toBe(200);
  expect(sandbox.text).not.toMatch(/<(script|img|svg)\b[^>]*(window\.__xss|onerror|onload)/i);
  await settleOnSandbox(purchase.payment.redirectUrl);
  await strapi.db.query('api::course-order.course-order').updateMany({
    where: { documentId: purchase.order.id },
    data: { orderStatus: 'licensed', licenceKey: V.LK, licenceUrl: JS_URL, courseTitle: V.CO, licensedAt: new Date() },
  });

  // a renewal paid on the gateway; the payment's texts as stored
  const renewal = ok(await request(app.server).post(`/api/me/devices/${expired.documentId}/service`).set(auth(token)).send({ choice: 'renew', years: 1 }), 200, 'renewal').body.data;
  ids.renewalPayment = renewal.payment.id;
  await settleOnSandbox(renewal.payment.redirectUrl);
  await strapi.db.query('api::payment.payment').updateMany({ where: { documentId: ids.renewalPayment }, data: { description: V.PD, refId: V.PR, cardPan: V.PC } });
  await strapi.db.query('api::payment.payment').updateMany({ where: { documentId: ids.coursePayment }, data: { description: V.PD, refId: V.PR } });

  // a complaint staff recorded from a call and answered
  const complaint = await docs('api::complaint.complaint').create({
    data: { name: V.CN, mobile: COMPLAINT_MOBILE, subject: V.CP, description: V.CX, addressedTo: 'managers', source: 'phone' } as any,
  });
  await docs('api::complaint.complaint').update({ documentId: complaint.documentId, data: { complaintStatus: 'answered', response: V.CR } as any });
  ids.complaintCode = (await strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: complaint.documentId } })).trackingCode;
};

beforeAll(async () => {
  await buildAdminOnce();
  site = await startSiteUnderTest({ serveAdminPanel: true });
  ({ app, baseUrl } = site);
  // the sandbox gateway's page and the callback must be reachable at this server
  app.strapi.config.set('plugin::payment.publicUrl', baseUrl);
  app.strapi.plugin('payment').service('payments').resetGateway();
  support = await createStaffMember(app.strapi, 'poshtiban-support', V.SN);
  superAdmin = await createStaffMember(app.strapi, 'strapi-super-admin', 'مدیر سامانه');
  await seed().catch((error) => {
    throw new Error(`seeding: ${error?.message} ${JSON.stringify(error?.details ?? {})}`);
  });
}, 900_000);

afterAll(async () => {
  if (site) await removeFiles(site.app.strapi, files).catch(() => undefined);
  await site?.close();
});

failOnPageErrors(() => site);

/* ---------- what is checked on every page ---------- */

/** The page's visible text without the isolates t() adds, digits in Latin (fa pages show Persian digits). */
const visibleText = (page: Page) =>
  page.evaluate(() =>
    document.body.innerText.replace(/[\u2066-\u2069]/g, '').replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))
  );

/** Waits until every needle is on the page; fails naming the ones that never came. */
const expectShown = async (page: Page, needles: string[], where: string) => {
  const until = Date.now() + 30_000;
  let missing: string[] = needles;
  let body = '';
  while (Date.now() < until) {
    body = await visibleText(page);
    missing = needles.filter((n) => !body.includes(n));
    if (missing.length === 0) return;
    await page.waitForTimeout(250);
  }
  // what the page did show, for whoever reads the failure
  await shoot(page, `stored-script-missing-${where.replace(/[^a-z0-9]+/gi, '-')}`).catch(() => undefined);
  const near = (needle: string) => {
    const at = body.indexOf(needle.slice(0, 3));
    return at < 0 ? '(tag absent)' : JSON.stringify(body.slice(at, at + 60));
  };
  throw new Error(`${where}: not shown as text: ${missing.map((m) => `${JSON.stringify(m.slice(0, 40))} — the page has ${near(m)}`).join(', ')}`);
};

/**
 * What the DOM must never hold, whatever was stored: an event-handler attribute, an address with
 * a script-capable scheme, an inline or foreign script, a frame or object; and which seeded runs
 * of letters reach past the screen's edge (a long word not broken).
 */
const inspectDom = (page: Page, { ownDataImages = false } = {}) =>
  page.evaluate((allowDataImages) => {
    const bad: string[] = [];
    const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite'];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        // the scheme as a browser reads it: control characters and spaces ignored, any case
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) bad.push(`<${el.tagName.toLowerCase()} ${name}>`);
        if (name === 'srcdoc') bad.push(`<${el.tagName.toLowerCase()} srcdoc>`);
        // the admin panel draws some of its own pictures as data: images; none holds a payload
        const ownPicture = allowDataImages && el.tagName === 'IMG' && name === 'src' && value.startsWith('data:image/') && !value.includes('__xss');
        if (URL_ATTRS.includes(name) && /^(javascript|data|vbscript):/.test(value) && !ownPicture) bad.push(`<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 40)}">`);
      }
    }
    for (const script of Array.from(document.scripts)) {
      if (!script.src || new URL(script.src).origin !== location.origin) bad.push(`<script> ${script.src || script.text.slice(0, 40)}`);
    }
    for (const el of Array.from(document.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh" i]'))) bad.push(`<${el.tagName.toLowerCase()}>`);

    // the seeded runs (WWWW…) must wrap within the screen, unless deliberately cut with an ellipsis
    const width = document.documentElement.clientWidth;
    const outside: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!/W{12}/.test(node.nodeValue ?? '')) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('[hidden], .visually-hidden')) continue;
      let clipped = false;
      for (let el: Element | null = parent; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible') clipped = true;
        if (style.display === 'none' || style.visibility === 'hidden') clipped = true;
      }
      if (clipped) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width > 0 && (rect.left < -1 || rect.right > width + 1)) {
          outside.push(`${(node.nodeValue ?? '').slice(0, 12)}… in <${parent.tagName.toLowerCase()} class="${parent.className}"> ${Math.round(rect.left)}..${Math.round(rect.right)}`);
          break;
        }
      }
    }
    // when the page is wider than the screen: the innermost elements wider than it
    const wide: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      const past = (el: Element) => el.getBoundingClientRect().width > width + 1;
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        if (past(el) && !Array.from(el.children).some(past)) {
          const r = el.getBoundingClientRect();
          wide.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
        if (wide.length >= 8) break;
      }
    }
    return {
      xss: (window as any).__xss,
      bad,
      outside: [...outside, ...wide],
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, ownDataImages);

type Checked = { lang: Lang; viewport: Viewport; dialogs: string[] };

const checkPage = async (page: Page, where: string, needles: string[], run: Checked) => {
  // a value rendered as markup is missing as text: that is reported after what it ran
  const shownError = await expectShown(page, needles, where).then(
    () => null,
    (error: Error) => error
  );
  // whatever could run has had its moment (an image's error, a lazy load)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
  const found = await inspectDom(page);
  expect({ where, xss: found.xss, dialogs: run.dialogs.splice(0), bad: found.bad }).toEqual({ where, xss: undefined, dialogs: [], bad: [] });
  if (shownError) throw shownError;
  expect({ where, outside: found.outside, overflow: Math.max(0, found.overflow) }).toEqual({ where, outside: [], overflow: 0 });
};

/* ---------- every route ---------- */

type Visit = {
  /** the route's path as routes.tsx writes it */
  route: string;
  /** which record, when a route is opened for more than one */
  note?: string;
  path: () => string;
  /** the seeded values the page shows (besides the footer's) */
  shows: (lang: Lang) => Tag[];
  /** also the needles shown only in part (the survey's greeting by first name) */
  extra?: () => string[];
  /** what a person does on the page to see the values (submit the tracking form) */
  act?: (page: Page) => Promise<void>;
  /** the page has no footer (a print view) */
  bare?: boolean;
};

const en = (lang: Lang, fa: Tag[], english: Tag[]) => (lang === 'en' ? english : fa);
const DEVICE: Tag[] = ['BR', 'MD'];

/** the routes a logged-in buyer opens */
const CUSTOMER: Visit[] = [
  { route: '/', path: () => '/', shows: (l) => [...en(l, ['AN', 'AB'], ['ANe', 'ABe']), 'NM'] },
  { route: '/devices', path: () => '/devices', shows: () => [...DEVICE] },
  { route: '/devices/:id', note: 'pay-per-case', path: () => `/devices/${ids.payPerCase}`, shows: () => [...DEVICE, 'DG', 'DN'] },
  { route: '/devices/:id', note: 'installation confirmed', path: () => `/devices/${ids.confirmed}`, shows: () => [...DEVICE, 'NM'] },
  { route: '/tickets', path: () => '/tickets', shows: () => ['TT', ...DEVICE] },
  { route: '/tickets/new', path: () => '/tickets/new', shows: () => [...DEVICE] },
  { route: '/tickets/:id', path: () => `/tickets/${ids.ticket}`, shows: () => ['TT', 'TB', 'TM', 'SR', 'AT', ...DEVICE], extra: () => [V.SN.slice(0, 20)] },
  { route: '/invoices', path: () => '/invoices', shows: () => ['TT'] },
  { route: '/invoices/:id', path: () => `/invoices/${ids.invoice}`, shows: (l) => [...en(l, ['IL', 'IU'], ['ILe', 'IUe']), 'TT', ...DEVICE] },
  { route: '/repairs', path: () => '/repairs', shows: () => [...DEVICE] },
  { route: '/repairs/:id', path: () => `/repairs/${ids.repair}`, shows: () => ['RF', ...DEVICE] },
  { route: '/repairs/:id/receipt', path: () => `/repairs/${ids.repair}/receipt`, shows: () => ['RF', 'RA', 'NM', ...DEVICE], bare: true },
  { route: '/transfers', path: () => '/transfers', shows: () => ['TN', 'TR', ...DEVICE] },
  { route: '/warranty', path: () => '/warranty', shows: () => [] },
  { route: '/warranty/:serial', path: () => `/warranty/${ids.serial}`, shows: (l) => [...DEVICE, ...en(l, ['DT'], ['DTe'])] },
  { route: '/complaints/new', path: () => '/complaints/new', shows: () => [] },
  {
    route: '/complaints/track',
    path: () => `/complaints/track?code=${ids.complaintCode}`,
    shows: () => ['CP', 'CR'],
    act: async (page) => {
      await page.locator('[data-testid="track-mobile"]').fill(COMPLAINT_MOBILE);
      await page.locator('[data-testid="track-submit"]').click();
    },
  },
  { route: '/survey/:token', path: () => `/survey/${ids.surveyToken}`, shows: () => [...DEVICE], extra: () => ['NM:"><svg'] },
  { route: '/knowledge-base', path: () => '/knowledge-base', shows: (l) => [...en(l, ['DT', 'TO', 'KT'], ['DTe', 'TOe', 'KTe']), 'VT'] },
  { route: '/knowledge-base/search', note: 'articles', path: () => '/knowledge-base/search?deviceType=all', shows: (l) => en(l, ['KT', 'KS', 'TO'], ['KTe', 'KSe', 'TOe']) },
  { route: '/knowledge-base/search', note: 'videos', path: () => '/knowledge-base/search?deviceType=all&kind=videos', shows: (l) => [...en(l, ['TO'], ['TOe']), 'VT', 'VD', 'VJ'] },
  {
    route: '/knowledge-base/articles/:id',
    path: () => `/knowledge-base/articles/${ids.article}`,
    shows: (l) => en(l, ['KT', 'KH', 'KP', 'KJ', 'KD', 'KI', 'KQ', 'KC', 'KF', 'TO'], ['KTe', 'KPe', 'TOe']),
  },
  { route: '/knowledge-base/videos/:id', note: 'https link', path: () => `/knowledge-base/videos/${ids.video}`, shows: () => ['VT', 'VD'] },
  { route: '/knowledge-base/videos/:id', note: 'javascript: link', path: () => `/knowledge-base/videos/${ids.linkVideo}`, shows: () => ['VJ'] },
  { route: '/courses', path: () => '/courses', shows: (l) => en(l, ['CO', 'CS'], ['COe', 'CSe']) },
  { route: '/courses/:id', path: () => `/courses/${ids.course}`, shows: (l) => en(l, ['CO', 'CS', 'CD'], ['COe', 'CSe', 'CDe']) },
  { route: '/my-videos', path: () => '/my-videos', shows: () => ['LK'] },
  { route: '/profile', path: () => '/profile', shows: () => ['NM', 'OP', 'CI', 'ST', 'BD'] },
  { route: '/notifications', path: () => '/notifications', shows: (l) => [...en(l, ['NT', 'NB', 'AN'], ['NTe', 'NBe', 'ANe']), 'NL', 'TR'] },
  { route: '/payments/:id', note: 'renewal', path: () => `/payments/${ids.renewalPayment}?outcome=paid`, shows: () => ['PR', 'PD', ...DEVICE] },
  { route: '/payments/:id', note: 'course', path: () => `/payments/${ids.coursePayment}?outcome=paid`, shows: () => ['PR'] },
  { route: '/payments', path: () => '/payments', shows: () => [...DEVICE] },
  { route: '/payments/:id/receipt', path: () => `/payments/${ids.renewalPayment}/receipt`, shows: () => ['PR', 'NM', ...DEVICE], bare: true },
  { route: '*', path: () => '/no-such-page', shows: () => [] },
];

/** the routes opened logged out (the guest pages, and the public ones as a visitor meets them) */
const VISITOR: Visit[] = [
  { route: '/login', path: () => '/login', shows: () => [] },
  { route: '/forgot-password', path: () => '/forgot-password', shows: () => [] },
  ...CUSTOMER.filter((v) => ['/warranty', '/warranty/:serial', '/complaints/new', '/complaints/track', '/survey/:token', '*'].includes(v.route)),
];

const needlesFor = (visit: Visit, lang: Lang) => [
  ...visit.shows(lang).map((tag) => shown(tag)),
  ...(visit.extra?.() ?? []),
  ...(visit.bare ? [] : [shown(lang === 'en' ? 'WHe' : 'WH'), shown(lang === 'en' ? 'ADe' : 'AD'), V.EM]),
];

test('the visits cover every route of the site', () => {
  const source = fs.readFileSync(path.join(ROOT, 'site/src/app/routes.tsx'), 'utf8');
  const routes = [...source.matchAll(/\{\s*path: '([^']+)'/g)].map((m) => m[1]);
  expect(routes.length).toBeGreaterThan(25);
  const visited = new Set([...CUSTOMER, ...VISITOR].map((v) => v.route));
  expect(routes.filter((r) => !visited.has(r))).toEqual([]);
});

const login = async (page: Page) => {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="identifier"]').fill(buyer.subscriberNumber);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(`${baseUrl}/`);
  await page.locator('[data-testid="subscriber-number"]').waitFor();
};

/** A page in a browser context of its own for a describe block; every dialog it opens is recorded (and dismissed). */
const pageFor = (lang: Lang, viewport: Viewport, loggedIn: boolean) => {
  const state = { page: undefined as unknown as Page, run: { lang, viewport, dialogs: [] as string[] } };
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    context = await site.newContext(viewport, { mobile: viewport.width < 600, lang });
    state.page = await site.openPage(context);
    state.page.on('dialog', (dialog: Dialog) => {
      state.run.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    if (loggedIn) await login(state.page);
  });
  afterAll(async () => {
    await context?.close();
  });
  return state;
};

const PASSES: Array<[string, Lang, Viewport]> = [
  ['Persian on a 375 px phone', 'fa', PHONE],
  ['English on a 375 px phone', 'en', PHONE],
  ['Persian on a desktop', 'fa', DESKTOP],
];

describe.each(PASSES)('%s', (name, lang, viewport) => {
  const tag = `${lang}-${viewport.width}`;

  describe('logged in: every customer route', () => {
    const state = pageFor(lang, viewport, true);

    test.each(CUSTOMER.map((v) => [v.note ? `${v.route} (${v.note})` : v.route, v] as const))('%s', async (_route, visit) => {
      const { page, run } = state;
      const where = `${tag} ${visit.path()}`;
      await page.goto(`${baseUrl}${visit.path()}`);
      if (visit.act) await visit.act(page);
      await checkPage(page, where, needlesFor(visit, lang), run);
      if (lang === 'fa' && viewport === PHONE) {
        if (visit.route === '/tickets/:id') await shoot(page, 'stored-script-ticket-phone', { viewport: true });
        if (visit.route === '/knowledge-base/articles/:id') {
          // the links not followed (javascript:, data:) and the code block, wrapped
          await page.locator('.rich__pre').scrollIntoViewIfNeeded();
          await shoot(page, 'stored-script-article-phone', { viewport: true });
        }
      }
    });

    test('the bell, the notification’s link and the ticket list’s link are followed by clicking', async () => {
      const { page, run } = state;
      await page.goto(`${baseUrl}/`);
      await page.locator('[data-testid="subscriber-number"]').waitFor();
      await page.getByRole('banner').getByRole('link', { name: lang === 'en' ? /^Notifications/ : /^اعلان‌ها/ }).first().click();
      await page.waitForURL(`${baseUrl}/notifications`);
      await checkPage(page, `${tag} bell → /notifications`, needlesFor(CUSTOMER.find((v) => v.route === '/notifications')!, lang), run);
      // the stored javascript: and data: links are not offered at all
      const item = page.locator('[data-testid="notification"]').filter({ hasText: shown('NL') });
      await item.locator('[data-testid="notification-link"]').click();
      await page.waitForURL(`${baseUrl}/tickets/${ids.ticket}`);
      const thread = CUSTOMER.find((v) => v.route === '/tickets/:id')!;
      await checkPage(page, `${tag} notification → ticket`, needlesFor(thread, lang), run);

      await page.goto(`${baseUrl}/tickets`);
      await page.locator(`[data-testid="ticket-row"][data-ticket-id="${ids.ticket}"] [data-testid="ticket-link"]`).first().click();
      await page.waitForURL(`${baseUrl}/tickets/${ids.ticket}`);
      await checkPage(page, `${tag} ticket list → ticket`, needlesFor(thread, lang), run);
    });
  });

  describe('logged out: the guest and public routes', () => {
    const state = pageFor(lang, viewport, false);

    test.each(VISITOR.map((v) => [v.route, v] as const))('%s', async (_route, visit) => {
      const { page, run } = state;
      await page.goto(`${baseUrl}${visit.path()}`);
      if (visit.act) await visit.act(page);
      await checkPage(page, `${tag} (logged out) ${visit.path()}`, needlesFor(visit, lang), run);
      if (lang === 'fa' && viewport === PHONE && visit.route === '/survey/:token') await shoot(page, 'stored-script-survey-phone');
    });
  });
});

/* ---------- the admin ---------- */

describe('the admin, with the same data', () => {
  const dialogs: string[] = [];
  const contexts: BrowserContext[] = [];

  /** A fresh browser profile (admin in Persian) with `member` logged in through the panel's form. */
  const openAdmin = async (member: StaffMember) => {
    const context = await site.newContext(DESKTOP);
    contexts.push(context);
    await context.addInitScript(() => {
      try {
        window.localStorage.setItem('strapi-admin-language', 'fa');
      } catch {
        /* about:blank has no storage */
      }
    });
    const page = await site.openPage(context);
    page.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.fill('input[name=email]', member.email);
    await page.fill('input[name=password]', member.password);
    await page.click('button[type=submit]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
    return page;
  };
  const checkAdmin = async (page: Page, where: string) => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    const found = await inspectDom(page, { ownDataImages: true });
    expect({ where, xss: found.xss, dialogs: dialogs.splice(0), bad: found.bad }).toEqual({ where, xss: undefined, dialogs: [], bad: [] });
  };

  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  test('the Ticket desk: the list and the thread show the hostile texts as text', async () => {
    const page = await openAdmin(support);
    await page.goto(`${baseUrl}/admin/plugins/back-office/tickets?view=closed`);
    const number = (await app.strapi.db.query('api::ticket.ticket').findOne({ where: { documentId: ids.ticket } })).number;
    const row = page.getByTestId(`ticket-row-${number}`);
    await row.waitFor({ timeout: 60_000 });
    await expectShown(page, [shown('TT'), shown('NM')], 'desk list');
    await checkAdmin(page, 'desk list');
    await row.click();
    await page.getByTestId('thread').waitFor({ timeout: 60_000 });
    await expectShown(page, [shown('TT'), shown('TB'), shown('TM'), shown('SR'), shown('NM')], 'desk ticket');
    await checkAdmin(page, 'desk ticket');
    await shoot(page, 'stored-script-admin-desk', { viewport: true });
  });

  test('the subscriber’s Content Manager list and edit view: the values in their fields, nothing run', async () => {
    const page = await openAdmin(superAdmin);
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::subscriber.subscriber`);
    await expectShown(page, [shown('NM')], 'subscriber list');
    await checkAdmin(page, 'subscriber list');
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::subscriber.subscriber/${buyer.documentId}`);
    const stored = await app.strapi.db.query('api::subscriber.subscriber').findOne({ where: { documentId: buyer.documentId } });
    const fullName = page.locator('main [name="fullName"]').first();
    await fullName.waitFor({ timeout: 60_000 });
    for (let tries = 0; tries < 100 && (await fullName.inputValue()) !== stored.fullName; tries += 1) await page.waitForTimeout(200);
    expect(await fullName.inputValue()).toBe(stored.fullName);
    expect(await page.locator('main [name="mainOperatorName"]').first().inputValue()).toBe(stored.mainOperatorName);
    // the side panels (portal access, messages sent) load after the form
    await page.waitForFunction(() => !document.body.innerText.includes('Loading…'), undefined, { timeout: 30_000 });
    await checkAdmin(page, 'subscriber edit view');
    await shoot(page, 'stored-script-admin-subscriber', { viewport: true });
  });

  test('the staff repair receipt (server-made HTML) holds the texts escaped', async () => {
    const token = await staffToken(superAdmin);
    const receipt = await request(app.server).get(`/back-office/repair-orders/${ids.repair}/receipt`).set(auth(token));
    expect(receipt.status).toBe(200);
    expect(receipt.text).toContain('RF:&quot;&gt;&lt;svg onload=window.__xss=3&gt;');
    expect(receipt.text).not.toMatch(/<(script|img|svg)\b[^>]*(window\.__xss|onerror|onload)/i);
  });
});
