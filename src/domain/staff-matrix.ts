/**
 * THE staff matrix: what each staff role may read, create, edit, publish and delete, for every
 * content type and the staff features of our plugins — with the reason for each choice.
 *
 * Everything else follows from this table:
 *   - src/bootstrap/staff-roles.ts writes the roles' admin permissions from it at every start
 *     (every content locale of localized types; rewritten when the table or the locales change);
 *   - src/middlewares/permission-reasons.ts explains a Content Manager refusal from it;
 *   - docs/staff-matrix.md is rendered from it (tests/unit/staff-matrix-doc.test.ts);
 *   - tests/api/staff-matrix.test.ts invites a member of each role and does every task of every
 *     row through the admin API; a content type without a row fails that test.
 *
 * To add a row: a new content type gets `collection(...)` / `editorial(...)` / `single(...)` with
 * a cell for every role, or `hidden(...)` when only the portal writes it; then
 * `UPDATE_DOCS=1 npx jest tests/unit/staff-matrix-doc.test.ts`.
 *
 * A cell is [tasks, why, limits?]: the tasks the role may do ('' for none), one English sentence
 * staff and developers understand, and optionally a task limited to some records (LIMITS).
 */

export const TASKS = ['read', 'create', 'update', 'publish', 'delete'] as const;
export type Task = (typeof TASKS)[number];

/** The Content Manager's admin action for each task. */
export const CONTENT_MANAGER_ACTION: Record<Task, string> = {
  read: 'plugin::content-manager.explorer.read',
  create: 'plugin::content-manager.explorer.create',
  update: 'plugin::content-manager.explorer.update',
  publish: 'plugin::content-manager.explorer.publish',
  delete: 'plugin::content-manager.explorer.delete',
};

export type StaffRoleDeclaration = {
  /** admin role code, kept stable: staff members keep their role across renames */
  code: string;
  fa: string;
  en: string;
  /** Persian, shown in Settings → Roles */
  description: string;
};

export const STAFF_ROLES = {
  support: {
    code: 'poshtiban-support',
    fa: 'پشتیبانی',
    en: 'Support',
    description: 'مشترکان و دستگاه‌ها را ثبت می‌کند، نام کاربری و رمز پورتال مشتری را صادر می‌کند، دستگاه را برای تعمیر پذیرش می‌کند و به مشتریان پاسخ می‌دهد.',
  },
  seniorSupport: {
    code: 'poshtiban-senior-support',
    fa: 'پشتیبانی ارشد',
    en: 'Senior support',
    description: 'همهٔ کارهای پشتیبانی، به‌علاوهٔ حذف سوابق اشتباه، تصمیم دربارهٔ انتقال مالکیت، ارسال دوبارهٔ پیام‌ها و نگهداری فهرست تعطیلات رسمی؛ موارد ارجاعی به این نقش می‌رسد.',
  },
  technicalEditor: {
    code: 'poshtiban-technical-editor',
    fa: 'کارشناس فنی',
    en: 'Technical editor',
    description: 'انواع و مدل‌های دستگاه را نگه می‌دارد، عیب‌یابی و پیشرفت تعمیر را ثبت می‌کند، اطلاعیه می‌نویسد و اطلاعیه‌های فنی را خودش منتشر می‌کند.',
  },
  finance: {
    code: 'poshtiban-finance',
    fa: 'مالی',
    en: 'Finance',
    description: 'قراردادها و قیمت‌های خدمات را ثبت می‌کند و پرداخت‌ها را با گزارش درگاه تطبیق می‌دهد.',
  },
  manager: {
    code: 'poshtiban-manager',
    fa: 'مدیر',
    en: 'Manager',
    description: 'مسئول همهٔ سوابق پورتال، اطلاعیه‌ها، متن پیام‌ها و قیمت‌ها؛ شکایات و نظرسنجی‌های ناراضی به این نقش می‌رسد.',
  },
  ceo: {
    code: 'poshtiban-ceo',
    fa: 'مدیرعامل',
    en: 'CEO',
    description: 'مشترکان، دستگاه‌ها، قراردادها، پرداخت‌ها، تعمیرات، انتقال‌ها، اطلاعیه‌ها و رویدادهای ممیزی را می‌بیند و چیزی را ویرایش نمی‌کند.',
  },
} as const satisfies Record<string, StaffRoleDeclaration>;

export type RoleKey = keyof typeof STAFF_ROLES;
export const ROLE_KEYS = Object.keys(STAFF_ROLES) as RoleKey[];

/** The role's name in Settings → Roles: Persian first. */
export const roleName = (role: StaffRoleDeclaration) => `${role.fa} (${role.en})`;

/**
 * Limits: a task granted only on some records of a type — an admin RBAC condition
 * (registered by staff-roles.ts; the id is `api::<name>`), checked by Strapi on the record.
 */
export const LIMITS = {
  'technical-notice': {
    subject: 'api::announcement.announcement',
    fa: 'فقط اطلاعیه‌های فنی',
    en: 'technical notices only',
    /** what the limit means, for Settings → Roles and the doc */
    description: 'Technical notices: announcements of the kind «به‌روزرسانی نرم‌افزار» (software_update).',
    where: { kind: 'software_update' },
  },
  // issue 14: the CEO line — complaints addressed to the CEO are for the Manager and the CEO only
  'not-ceo-line': {
    subject: 'api::complaint.complaint',
    fa: 'به‌جز شکایت‌های «ارتباط با مدیرعامل»',
    en: 'not the CEO line',
    description: 'Complaints addressed to the senior managers only: those addressed to the CEO («ارتباط با مدیرعامل») are seen by the Manager and the CEO alone.',
    where: { addressedTo: 'managers' },
  },
} as const;
export type LimitKey = keyof typeof LIMITS;

export type Cell = readonly [tasks: string, why: string, limits?: Partial<Record<Task, LimitKey>>];
export type Cells = Record<RoleKey, Cell>;

export type Grant = { tasks: Task[]; why: string; limits: Partial<Record<Task, LimitKey>> };

type RowBase = { fa: string; en: string; grants: Record<RoleKey, Grant> };

/** A type staff open in the Content Manager. */
export type ContentTypeRow = RowBase & {
  kind: 'content-type';
  uid: string;
  shape: 'collection' | 'editorial' | 'single';
  /** the tasks the Content Manager offers for this type */
  tasks: Task[];
  localized: boolean;
  /** records only the portal writes: read-only for everyone, whatever a role holds */
  writtenByPortal: boolean;
  /** admin routes outside the Content Manager that check this type's permission (`METHOD /path/:param`) */
  routes: Partial<Record<Task, string[]>>;
};

/** A type the Content Manager does not show (content-manager.visible: false): no staff access. */
export type HiddenRow = { kind: 'hidden'; uid: string; fa: string; en: string; why: string };

/** A staff feature of a plugin: admin actions without a content type. */
export type FeatureRow = RowBase & {
  kind: 'feature';
  id: string;
  /** the admin actions each task stands for */
  actions: Partial<Record<Task, string[]>>;
  /** what each task means for this feature, in English and Persian (the refusal names it) */
  meaning: Partial<Record<Task, { en: string; fa: string }>>;
  /** the admin routes of each task (`METHOD /path/:param`; `?key`: only with that query parameter): a refusal there gives the matrix's reason */
  routes: Partial<Record<Task, string[]>>;
  tasks: Task[];
};

export type MatrixRow = ContentTypeRow | HiddenRow | FeatureRow;

const parseCells = (where: string, cells: Cells, allowed: Task[]): Record<RoleKey, Grant> => {
  const missing = ROLE_KEYS.filter((role) => !cells[role]);
  if (missing.length) throw new Error(`staff matrix: ${where} has no cell for ${missing.join(', ')}`);
  return Object.fromEntries(
    ROLE_KEYS.map((role) => {
      const [list, why, limits = {}] = cells[role];
      const tasks = list.split(/\s+/).filter(Boolean) as Task[];
      for (const task of tasks) {
        if (!allowed.includes(task)) throw new Error(`staff matrix: ${where} has no task "${task}" (${role})`);
      }
      for (const task of Object.keys(limits) as Task[]) {
        if (!tasks.includes(task)) throw new Error(`staff matrix: ${where} limits "${task}" that ${role} does not have`);
      }
      if (!why.trim()) throw new Error(`staff matrix: ${where} gives no reason for ${role}`);
      return [role, { tasks: TASKS.filter((t) => tasks.includes(t)), why, limits }];
    })
  ) as Record<RoleKey, Grant>;
};

const contentType =
  (shape: ContentTypeRow['shape'], tasks: Task[]) =>
  (
    uid: string,
    [fa, en]: [string, string],
    cells: Cells,
    { localized = false, writtenByPortal = false, routes = {} }: { localized?: boolean; writtenByPortal?: boolean; routes?: ContentTypeRow['routes'] } = {}
  ): ContentTypeRow => ({
    kind: 'content-type',
    uid,
    fa,
    en,
    shape,
    tasks,
    localized,
    writtenByPortal,
    routes,
    grants: parseCells(uid, cells, writtenByPortal ? ['read'] : tasks),
  });

/** A collection type without draft & publish. */
const collection = contentType('collection', ['read', 'create', 'update', 'delete']);
/** A collection type with draft & publish. */
const editorial = contentType('editorial', ['read', 'create', 'update', 'publish', 'delete']);
/** A single type: one record, created at the first start; staff read and edit it. */
const single = contentType('single', ['read', 'update']);

const hidden = (uid: string, [fa, en]: [string, string], why: string): HiddenRow => ({ kind: 'hidden', uid, fa, en, why });

/** A plugin's staff feature: per task, its admin actions, what it means and its routes. */
const feature = (
  id: string,
  [fa, en]: [string, string],
  perTask: Partial<Record<Task, { actions: string[]; means: [en: string, fa: string]; routes: string[] }>>,
  cells: Cells
): FeatureRow => {
  const tasks = TASKS.filter((t) => perTask[t]);
  const pick = <T>(f: (x: NonNullable<(typeof perTask)[Task]>) => T) => Object.fromEntries(tasks.map((t) => [t, f(perTask[t]!)])) as Partial<Record<Task, T>>;
  return {
    kind: 'feature',
    id,
    fa,
    en,
    actions: pick((x) => x.actions),
    meaning: pick((x) => ({ en: x.means[0], fa: x.means[1] })),
    routes: pick((x) => x.routes),
    tasks,
    grants: parseCells(id, cells, tasks),
  };
};

const NONE = '';

export const STAFF_MATRIX: MatrixRow[] = [
  // ── customers and their devices ──────────────────────────────────────────────────────────
  collection('api::subscriber.subscriber', ['مشترک', 'Subscriber'], {
    support: ['read create update', 'Support registers new buyers and keeps their contact details current.'],
    seniorSupport: ['read create update delete', 'Senior support also removes duplicates and records entered by mistake (the portal account goes with them).'],
    technicalEditor: ['read', 'Reads buyers to see whose device is in the workshop and to address notices to chosen subscribers.'],
    finance: ['read', 'Reads the buyers that contracts and payments name.'],
    manager: ['read create update delete', 'The Manager answers for every customer record.'],
    ceo: ['read', 'The CEO follows the customer base; changing records is the staff’s work.'],
  }),
  collection('api::device.device', ['دستگاه', 'Device'], {
    support: ['read create update', 'Support registers sold devices and corrects their details.'],
    seniorSupport: ['read create update delete', 'Senior support also removes devices registered by mistake.'],
    technicalEditor: ['read', 'Reads devices to diagnose repairs and to know which models are in use.'],
    finance: ['read', 'Reads the devices contracts and renewals are for.'],
    manager: ['read create update delete', 'The Manager answers for every device record.'],
    ceo: ['read', 'The CEO follows installed devices and their service status.'],
  }),
  collection('api::device-type.device-type', ['نوع دستگاه', 'Device type'], {
    support: ['read', 'Support picks the type when registering a device; the catalogue is the technical editor’s.'],
    seniorSupport: ['read', 'Reads the catalogue; the technical editor keeps it.'],
    technicalEditor: ['read create update delete', 'The technical editor keeps the catalogue of device types.'],
    finance: ['read', 'Reads the catalogue that devices and contracts refer to.'],
    manager: ['read create update delete', 'The Manager may correct the catalogue too.'],
    ceo: ['read', 'Reads the catalogue the device figures refer to.'],
  }),
  collection('api::device-model.device-model', ['مدل دستگاه', 'Device model'], {
    support: ['read', 'Support picks the model when registering a device; the model sets its default warranty and service terms.'],
    seniorSupport: ['read', 'Reads the catalogue; the technical editor keeps it.'],
    technicalEditor: ['read create update delete', 'The technical editor keeps the models, their default warranty and service terms and their documents (user manual, warranty card) buyers download.'],
    finance: ['read', 'Reads the models that devices and contracts refer to.'],
    manager: ['read create update delete', 'The Manager may correct the catalogue too.'],
    ceo: ['read', 'Reads the catalogue the device figures refer to.'],
  }),
  collection(
    'api::installation-confirmation.installation-confirmation',
    ['تأییدیهٔ نصب', 'Installation confirmation'],
    {
      support: ['read', 'Support checks whether and when a buyer confirmed the installation.'],
      seniorSupport: ['read', 'Senior support checks confirmations (and their hash) when a buyer disputes one.'],
      technicalEditor: [NONE, 'The buyer’s legal form is no part of technical work; the device shows when it was confirmed.'],
      finance: ['read', 'Services, and so billing, start with the buyer’s confirmation.'],
      manager: ['read', 'The Manager reads every confirmation.'],
      ceo: ['read', 'The CEO follows how many installations buyers have confirmed.'],
    },
    { writtenByPortal: true, routes: { read: ['GET /back-office/installation-confirmations/:documentId/verify'] } }
  ),

  // ── service, money and repairs ───────────────────────────────────────────────────────────
  collection('api::contract.contract', ['قرارداد خدمات', 'Contract'], {
    support: ['read', 'Support reads contracts to answer buyers about their service; contracts carry prices, which Finance records.'],
    seniorSupport: ['read', 'Senior support reads contracts to settle escalations; recording and pricing them is Finance’s.'],
    technicalEditor: ['read', 'Reads a device’s contracts to see whether a repair is covered.'],
    finance: ['read create update', 'Finance records contracts and their prices.'],
    manager: ['read create update delete', 'The Manager also removes a contract entered by mistake.'],
    ceo: ['read', 'The CEO follows contracts and revenue.'],
  }),
  single('api::service-settings.service-settings', ['تنظیمات خدمات', 'Service settings'], {
    support: ['read', 'Support reads renewal prices to answer buyers.'],
    seniorSupport: ['read', 'Senior support reads renewal prices to answer buyers.'],
    technicalEditor: [NONE, 'Prices are not the technical editor’s concern.'],
    finance: ['read update', 'Finance sets renewal prices, the renewal window and the pay-per-case ceiling.'],
    manager: ['read update', 'The Manager may change prices too.'],
    ceo: ['read', 'The CEO follows prices; Finance and the Manager set them.'],
  }),
  single('api::contact-settings.contact-settings', ['اطلاعات تماس', 'Contact details'], {
    support: ['read', 'Support reads the published phones and hours they answer on.'],
    seniorSupport: ['read update', 'Senior support keeps the phones, hours and address buyers are sent to up to date.'],
    technicalEditor: ['read', 'Reads the contact details printed on the site.'],
    finance: ['read', 'Reads the contact details printed on the site.'],
    manager: ['read update', 'The Manager answers for what the company publishes, its contact details included.'],
    ceo: ['read', 'The CEO reads what the company publishes; the Manager and Senior support keep it.'],
  }),
  collection(
    'api::payment.payment',
    ['پرداخت', 'Payment'],
    {
      support: ['read', 'Support reads a buyer’s payments to answer questions about them.'],
      seniorSupport: ['read', 'Senior support reads payments to settle escalations.'],
      technicalEditor: [NONE, 'Payments are no part of technical work.'],
      finance: ['read', 'Finance reconciles payments with the gateway’s reports.'],
      manager: ['read', 'The Manager reads every payment.'],
      ceo: ['read', 'The CEO follows revenue.'],
    },
    { writtenByPortal: true }
  ),
  collection(
    'api::repair-order.repair-order',
    ['پذیرش تعمیر', 'Repair order'],
    {
      support: ['read create update', 'Support takes devices in at the counter and tells buyers how their repair stands.'],
      seniorSupport: ['read create update delete', 'Senior support also removes repair orders entered by mistake.'],
      technicalEditor: ['read update', 'Technical staff record the diagnosis and the repair’s progress; intake is Support’s.'],
      finance: ['read', 'Finance reads outcomes to pay refunds.'],
      manager: ['read create update delete', 'The Manager answers for every repair.'],
      ceo: ['read', 'The CEO follows repairs and promises kept.'],
    },
    { routes: { read: ['GET /back-office/repair-orders/:documentId/receipt'] } }
  ),
  collection('api::holiday.holiday', ['تعطیل رسمی', 'Holiday'], {
    support: ['read', 'Holidays push back the promised date Support tells the buyer.'],
    seniorSupport: ['read create update delete', 'Senior support keeps the official holidays repair promises are counted with.'],
    technicalEditor: ['read', 'Holidays push back the promised repair dates the workshop works to.'],
    finance: ['read', 'The 30-working-day replacement and refund rule counts holidays.'],
    manager: ['read create update delete', 'The Manager may keep the holiday list too.'],
    ceo: [NONE, 'The holiday list is an operational setting.'],
  }),

  // ── tickets and pay-per-case billing ─────────────────────────────────────────────────────
  collection(
    'api::ticket.ticket',
    ['تیکت پشتیبانی', 'Ticket'],
    {
      support: ['read', 'Support reads tickets here and answers them in the Ticket desk, which keeps the thread, the SLA and the CRM in step.'],
      seniorSupport: ['read', 'Senior support reads every ticket, escalated ones first, and works them in the Ticket desk.'],
      technicalEditor: ['read', 'Technical staff read fault reports and answer them in the Ticket desk.'],
      finance: ['read', 'Finance reads billable tickets and the work they were billed for.'],
      manager: ['read', 'The Manager reads every ticket; tickets escalated past Senior support reach the Manager.'],
      ceo: ['read', 'The CEO follows support’s load and response times.'],
    },
    { writtenByPortal: true }
  ),
  collection(
    'api::ticket.ticket-escalation',
    ['ارجاع تیکت', 'Ticket escalation'],
    {
      support: ['read', 'Support sees which of its tickets were escalated, and when.'],
      seniorSupport: ['read', 'Escalations reach Senior support first.'],
      technicalEditor: [NONE, 'Escalation follow-up is Senior support’s and the Manager’s.'],
      finance: [NONE, 'Escalations move no money.'],
      manager: ['read', 'Tickets escalated past Senior support reach the Manager.'],
      ceo: ['read', 'The CEO follows how often targets are missed.'],
    },
    { writtenByPortal: true }
  ),
  collection('api::saved-reply.saved-reply', ['پاسخ آماده', 'Saved reply'], {
    support: ['read', 'Support inserts saved replies in the Ticket desk; Senior support keeps the list.'],
    seniorSupport: ['read create update delete', 'Senior support keeps the saved replies the team reuses.'],
    technicalEditor: ['read create update', 'Technical staff write saved answers to common technical questions.'],
    finance: [NONE, 'Finance answers no tickets.'],
    manager: ['read create update delete', 'The Manager keeps the saved replies too.'],
    ceo: [NONE, 'Saved replies are support’s working texts.'],
  }),
  single('api::support-settings.support-settings', ['تنظیمات پشتیبانی', 'Support settings'], {
    support: ['read', 'Support reads the response targets it works to and the rates it quotes.'],
    seniorSupport: ['read', 'Senior support reads the targets escalations are measured against.'],
    technicalEditor: [NONE, 'Targets and rates are not the technical editor’s concern.'],
    finance: ['read update', 'Finance sets the pay-per-case rates.'],
    manager: ['read update', 'The Manager sets the response and resolution targets, the business calendar and the rates.'],
    ceo: ['read', 'The CEO reads the targets; the Manager sets them.'],
  }),
  collection(
    'api::invoice.invoice',
    ['فاکتور', 'Invoice'],
    {
      support: ['read', 'Support answers buyers about their bills.'],
      seniorSupport: ['read', 'Senior support reads bills to settle escalations.'],
      technicalEditor: [NONE, 'Bills are no part of technical work.'],
      finance: ['read', 'Finance follows what is billed and paid; an invoice is issued when a billable ticket is resolved.'],
      manager: ['read', 'The Manager reads every bill.'],
      ceo: ['read', 'The CEO follows revenue.'],
    },
    { writtenByPortal: true }
  ),
  collection(
    'api::invoice.debt-alert',
    ['هشدار سقف بدهی', 'Debt ceiling alert'],
    {
      support: ['read', 'Support reminds buyers over the ceiling to pay when they call.'],
      seniorSupport: ['read', 'Senior support reads which buyers are over the ceiling.'],
      technicalEditor: [NONE, 'Debts are no part of technical work.'],
      finance: ['read', 'Finance follows the subscribers over the debt ceiling.'],
      manager: ['read', 'The Manager follows the subscribers over the debt ceiling.'],
      ceo: ['read', 'The CEO follows outstanding debt.'],
    },
    { writtenByPortal: true }
  ),

  // ── voice of the customer (issue 14): complaints, the CEO line, surveys ─────────────────
  collection('api::complaint.complaint', ['شکایت', 'Complaint'], {
    support: [
      'read create update',
      'Support records complaints received by phone, e-mail, in person, on social channels or the visit form and follows those addressed to the senior managers; the CEO line is not theirs.',
      { read: 'not-ceo-line', update: 'not-ceo-line' },
    ],
    seniorSupport: [
      'read create update',
      'Senior support records and follows complaints addressed to the senior managers; the CEO line is for the Manager and the CEO.',
      { read: 'not-ceo-line', update: 'not-ceo-line' },
    ],
    technicalEditor: [NONE, 'Complaints go to management; technical staff hear of them from the managers.'],
    finance: [NONE, 'Complaints are handled by management; a refund they lead to reaches Finance as a repair outcome.'],
    manager: ['read create update delete', 'The Manager answers for every complaint, the CEO line included: the response, the outcome and the customer’s satisfaction with it.'],
    ceo: ['read', 'The CEO reads every complaint, those addressed to them above all, and acts through the managers.'],
  }),
  collection(
    'api::survey.survey',
    ['نظرسنجی رضایت مشتری', 'Satisfaction survey'],
    {
      support: ['read', 'Support answers buyers who ask about the survey they were sent.'],
      seniorSupport: ['read', 'Senior support reads answers to settle escalations.'],
      technicalEditor: [NONE, 'Survey answers go to management.'],
      finance: [NONE, 'Survey answers are not Finance’s concern.'],
      manager: ['read', 'The Manager reads every answer; dissatisfied ones become follow-ups.'],
      ceo: ['read', 'The CEO follows customer satisfaction.'],
    },
    { writtenByPortal: true }
  ),
  collection('api::survey.survey-follow-up', ['پیگیری نظرسنجی ناراضی', 'Survey follow-up'], {
    support: [NONE, 'Dissatisfied answers go to the managers.'],
    seniorSupport: ['read', 'Senior support reads what was done for a dissatisfied buyer to answer them.'],
    technicalEditor: [NONE, 'Dissatisfied answers go to the managers.'],
    finance: [NONE, 'Dissatisfied answers go to the managers.'],
    manager: ['read update', 'The Manager follows up each dissatisfied buyer and closes the follow-up with what was done; the portal creates them.'],
    ceo: ['read', 'The CEO follows how dissatisfied buyers were looked after.'],
  }),

  // ── ownership ────────────────────────────────────────────────────────────────────────────
  collection(
    'api::ownership-transfer.ownership-transfer',
    ['انتقال مالکیت', 'Ownership transfer'],
    {
      support: ['read', 'Support reads requests to answer buyers; deciding them is Senior support’s.'],
      seniorSupport: ['read', 'Senior support reads requests and decides them with Approve / Reject (Transfer review).'],
      technicalEditor: [NONE, 'Ownership is no part of technical work.'],
      finance: [NONE, 'A transfer moves no money.'],
      manager: ['read', 'The Manager reads requests and decides them with Approve / Reject (Transfer review).'],
      ceo: ['read', 'The CEO follows transfers.'],
    },
    { writtenByPortal: true }
  ),
  collection(
    'api::ownership-transfer.device-ownership',
    ['سابقهٔ مالکیت', 'Ownership history'],
    {
      support: ['read', 'Support answers who owned a device and when.'],
      seniorSupport: ['read', 'Senior support answers who owned a device and when.'],
      technicalEditor: [NONE, 'Ownership is no part of technical work.'],
      finance: [NONE, 'A transfer moves no money.'],
      manager: ['read', 'The Manager reads the ownership history.'],
      ceo: ['read', 'The CEO follows transfers.'],
    },
    { writtenByPortal: true }
  ),

  // ── what the company tells its customers ─────────────────────────────────────────────────
  editorial(
    'api::announcement.announcement',
    ['اطلاعیه', 'Announcement'],
    {
      support: ['read', 'Support reads notices to answer buyers who ask about them.'],
      seniorSupport: ['read', 'Senior support reads notices to answer buyers who ask about them.'],
      technicalEditor: [
        'read create update publish',
        'The technical editor writes notices and publishes technical ones (software updates) itself; other kinds go to the Manager to publish.',
        { publish: 'technical-notice' },
      ],
      finance: ['read', 'Finance reads notices about prices and service terms.'],
      manager: ['read create update publish delete', 'The Manager answers for what the company tells its customers: writes, publishes, withdraws and removes any notice.'],
      ceo: ['read', 'The CEO reads what the company tells its customers.'],
    },
    { localized: true }
  ),
  collection(
    'api::announcement.announcement-fanout',
    ['ارسال اطلاعیه', 'Announcement delivery'],
    {
      support: ['read', 'Support checks whether a notice reached everyone when a buyer says it did not.'],
      seniorSupport: ['read', 'Senior support checks a notice’s delivery when a buyer says it did not arrive.'],
      technicalEditor: ['read', 'Whoever publishes a notice follows its delivery.'],
      finance: [NONE, 'Delivery progress is not Finance’s concern.'],
      manager: ['read', 'Whoever publishes a notice follows its delivery.'],
      ceo: ['read', 'The CEO reads how far notices reached.'],
    },
    { writtenByPortal: true }
  ),
  collection('plugin::messaging.message-template', ['قالب پیام', 'Message template'], {
    support: ['read', 'Support reads the texts buyers receive by SMS and WhatsApp.'],
    seniorSupport: ['read', 'Senior support reads the texts buyers receive by SMS and WhatsApp.'],
    technicalEditor: [NONE, 'The wording of SMS and WhatsApp messages is the Manager’s; technical notices go out as announcements.'],
    finance: [NONE, 'Message wording is not Finance’s concern.'],
    manager: ['read update', 'The Manager words the messages buyers receive; a template is created or removed only with the code that sends it.'],
    ceo: [NONE, 'Message wording is the Manager’s.'],
  }),

  // ── the knowledge base (issue 13): articles and videos for buyers, by device type ──────────
  collection('api::knowledge-topic.knowledge-topic', ['موضوع پایگاه دانش', 'Knowledge topic'], {
    support: ['read', 'Support reads the topics to point buyers to the right part of the knowledge base.'],
    seniorSupport: ['read', 'Senior support reads the topics to point buyers to the right part of the knowledge base.'],
    technicalEditor: ['read create update delete', 'The technical editor arranges the knowledge base into topics.'],
    finance: [NONE, 'The knowledge base is not Finance’s concern.'],
    manager: ['read create update delete', 'The Manager may arrange the topics too.'],
    ceo: ['read', 'The CEO reads how the knowledge base is arranged.'],
  }),
  editorial(
    'api::article.article',
    ['مقالهٔ آموزشی', 'Article'],
    {
      support: ['read', 'Support reads articles to send buyers the one that answers their question; the technical team writes them.'],
      seniorSupport: ['read', 'Senior support reads articles, and how helpful buyers found them, to see which questions they leave open.'],
      technicalEditor: ['read create update publish', 'The technical editor writes articles for each device type and publishes them (or withdraws them) in Persian and English.'],
      finance: [NONE, 'Training articles are not Finance’s concern.'],
      manager: ['read create update publish delete', 'The Manager answers for what buyers read: writes, publishes, withdraws and removes articles.'],
      ceo: ['read', 'The CEO reads what buyers are taught, and how helpful they find it.'],
    },
    { localized: true, routes: { read: ['GET /back-office/articles/:documentId/feedback'] } }
  ),
  editorial(
    'api::video.video',
    ['ویدیوی آموزشی', 'Video'],
    {
      support: ['read', 'Support reads videos to send buyers the one that shows what to do; the technical team makes them.'],
      seniorSupport: ['read', 'Senior support reads videos to send buyers the one that shows what to do.'],
      technicalEditor: ['read create update publish', 'The technical editor uploads or links training videos for each device type and publishes them in Persian and English.'],
      finance: [NONE, 'Training videos are not Finance’s concern.'],
      manager: ['read create update publish delete', 'The Manager answers for what buyers watch: publishes, withdraws and removes videos.'],
      ceo: ['read', 'The CEO reads what buyers are taught.'],
    },
    { localized: true }
  ),
  hidden('api::article.article-feedback', ['بازخورد مقاله', 'Article feedback'], 'No staff access — written by the portal: buyers’ «این مطلب مفید بود؟» answers; staff see the counts on the article’s page (the panel «بازخورد خوانندگان»).'),

  // ── the trail ────────────────────────────────────────────────────────────────────────────
  collection(
    'api::audit-event.audit-event',
    ['رویداد ممیزی', 'Audit event'],
    {
      support: [NONE, 'The audit trail records what staff did; reviewing it is for Senior support and management.'],
      seniorSupport: ['read', 'Senior support reads who did what, and when, to settle escalations.'],
      technicalEditor: [NONE, 'The audit trail is for Senior support and management.'],
      finance: ['read', 'Finance audits sensitive actions that touch money and accounts.'],
      manager: ['read', 'The Manager reads the audit trail.'],
      ceo: ['read', 'The CEO reads the audit trail.'],
    },
    { writtenByPortal: true }
  ),

  // ── licensed training videos (the «گروه زیگ» courses, SpotPlayer licences) ──────────────
  editorial('api::course.course', ['دورهٔ ویدیویی', 'Course'], {
    support: ['read', 'Support answers buyers about the courses on sale and their prices.'],
    seniorSupport: ['read', 'Senior support answers buyers about the courses on sale.'],
    technicalEditor: ['read create update publish', 'The technical editor writes the training courses, links them to their SpotPlayer courses and publishes them.'],
    finance: ['read', 'Finance reads course prices to reconcile course payments; the Manager and the technical editor set them.'],
    manager: ['read create update publish delete', 'The Manager answers for what is sold: writes, prices, publishes, withdraws and removes courses.'],
    ceo: ['read', 'The CEO follows what is sold.'],
  }),
  collection(
    'api::course-order.course-order',
    ['سفارش دوره', 'Course order'],
    {
      support: ['read', 'Support reads a buyer’s course orders and licence keys to help them watch.'],
      seniorSupport: ['read', 'Senior support reads course orders to settle a licence that did not arrive.'],
      technicalEditor: [NONE, 'Orders and licences are not technical work; the courses are.'],
      finance: ['read', 'Finance reconciles course payments and refunds.'],
      manager: ['read', 'The Manager reads every course order.'],
      ceo: ['read', 'The CEO follows course sales.'],
    },
    { writtenByPortal: true }
  ),
  hidden('plugin::video-licensing.licence-request', ['درخواست لایسنس', 'Licence request'], 'No staff access here — written by the portal; staff see an order’s licence request on the order’s page (the Video licences row).'),
  feature(
    'video-licensing',
    ['لایسنس ویدیوها', 'Video licences'],
    {
      read: {
        actions: ['plugin::video-licensing.requests.read'],
        means: ['see whether a course order’s SpotPlayer licence was issued, and why not', 'مشاهدهٔ وضعیت صدور لایسنس اسپات‌پلیر یک سفارش'],
        routes: ['GET /video-licensing/requests/:reference'],
      },
      update: {
        actions: ['plugin::video-licensing.requests.retry'],
        means: ['retry a licence that failed', 'تلاش دوباره برای لایسنسی که صادر نشد'],
        routes: ['POST /video-licensing/requests/:id/retry'],
      },
    },
    {
      support: ['read', 'Support sees whether a buyer’s licence was issued.'],
      seniorSupport: ['read update', 'Senior support retries a licence SpotPlayer refused once the cause is fixed.'],
      technicalEditor: [NONE, 'Licences are not technical work.'],
      finance: ['read', 'Finance sees whether a paid order got its licence before refunding it.'],
      manager: ['read update', 'The Manager retries a licence that failed.'],
      ceo: ['read', 'The CEO follows course sales.'],
    }
  ),

  // ── portal accounts: shown by Strapi's Content Manager, handled elsewhere ────────────────
  collection('plugin::users-permissions.user', ['حساب پورتال مشتری', 'Portal account'], {
    support: [NONE, 'Portal accounts follow their subscriber: Support issues and resets them from the subscriber’s Portal access panel, never here.'],
    seniorSupport: [NONE, 'Portal accounts are handled from the subscriber’s Portal access panel.'],
    technicalEditor: [NONE, 'Portal accounts are handled from the subscriber’s Portal access panel.'],
    finance: [NONE, 'Portal accounts are handled from the subscriber’s Portal access panel.'],
    manager: [NONE, 'Portal accounts are handled from the subscriber’s Portal access panel.'],
    ceo: [NONE, 'Portal accounts are handled from the subscriber’s Portal access panel.'],
  }),

  // ── records only the portal writes, hidden from the Content Manager ──────────────────────
  hidden('api::notification.notification', ['اعلان', 'Notification'], 'No staff access — written by the portal: a buyer’s dashboard notifications come from published announcements and the portal’s events.'),
  hidden('api::ticket.ticket-message', ['پیام تیکت', 'Ticket message'], 'No staff access here — written by the portal; staff read and write a ticket’s messages in the Ticket desk.'),
  hidden('api::job-lock.job-lock', ['قفل کار زمان‌بندی‌شده', 'Job lock'], 'No staff access — written by the portal: the scheduler’s leases.'),
  hidden('plugin::messaging.outbound-message', ['پیام خروجی', 'Outbound message'], 'No staff access — written by the portal; staff see messages on the Outbox page (the Outbox row).'),
  hidden('plugin::crm-sync.sync-job', ['همگام‌سازی CRM', 'CRM sync job'], 'No staff access — written by the portal; staff see them on a device’s page (the CRM sync row).'),
  hidden('plugin::crm-sync.crm-link', ['پیوند CRM', 'CRM link'], 'No staff access — written by the portal: which Didar record a device is.'),
  hidden('plugin::customer-accounts.login-code', ['کد یک‌بارمصرف', 'One-time code'], 'No staff access — written by the portal: one-time codes for logging in or resetting a password, stored hashed; nobody reads them.'),
  hidden('plugin::payment.sandbox-transaction', ['تراکنش درگاه آزمایشی', 'Sandbox gateway transaction'], 'No staff access — written by the portal: the built-in sandbox gateway’s own record.'),

  // ── staff features of our plugins and Strapi's Media Library ─────────────────────────────
  feature(
    'portal-access',
    ['دسترسی پورتال', 'Portal access'],
    {
      read: {
        actions: ['plugin::customer-accounts.account.read'],
        means: ['see whether a subscriber has a portal account', 'مشاهدهٔ حساب پورتال مشترک'],
        routes: ['GET /customer-accounts/subscribers/:documentId/account'],
      },
      update: {
        actions: ['plugin::customer-accounts.credentials.issue'],
        means: ['issue or reset the portal username and password', 'صدور یا بازنشانی نام کاربری و رمز عبور پورتال'],
        routes: ['POST /customer-accounts/subscribers/:documentId/credentials'],
      },
    },
    {
      support: ['read update', 'Support gives buyers their portal login and resets forgotten passwords.'],
      seniorSupport: ['read update', 'Senior support gives buyers their portal login and resets forgotten passwords.'],
      technicalEditor: [NONE, 'Portal logins are Support’s.'],
      finance: ['read', 'Finance checks whether a buyer can log in to pay online.'],
      manager: ['read update', 'The Manager may issue portal logins too.'],
      ceo: [NONE, 'Portal logins are Support’s.'],
    }
  ),
  feature(
    'outbox',
    ['صف پیام‌ها', 'Outbox'],
    {
      read: {
        actions: ['plugin::messaging.outbox.read'],
        means: ['see every SMS and WhatsApp message and its state', 'مشاهدهٔ پیامک‌ها و پیام‌های واتساپ و وضعیت آن‌ها'],
        routes: ['GET /messaging/outbox', 'GET /messaging/outbox/summary', 'GET /messaging/subscribers/:documentId/messages'],
      },
      update: {
        actions: ['plugin::messaging.outbox.resend'],
        means: ['resend a failed or dead message', 'ارسال دوبارهٔ پیامی که نرسیده است'],
        routes: ['POST /messaging/outbox/:id/resend'],
      },
    },
    {
      support: ['read', 'Support checks whether a buyer’s message went out.'],
      seniorSupport: ['read update', 'Senior support resends messages that failed.'],
      technicalEditor: [NONE, 'Technical notices are followed on their delivery record.'],
      finance: [NONE, 'Messages are not Finance’s concern.'],
      manager: ['read update', 'The Manager resends messages that failed.'],
      ceo: [NONE, 'Single messages are operational detail.'],
    }
  ),
  feature(
    'crm-sync',
    ['همگام‌سازی با دیدار', 'CRM sync'],
    {
      read: {
        actions: ['plugin::crm-sync.jobs.read'],
        means: ['see whether a device’s status reached Didar', 'مشاهدهٔ وضعیت همگام‌سازی دستگاه با دیدار'],
        routes: ['GET /crm-sync/devices/:documentId/jobs'],
      },
      update: {
        actions: ['plugin::crm-sync.jobs.retry'],
        means: ['retry a failed sync', 'تلاش دوباره برای همگام‌سازی ناموفق'],
        routes: ['POST /crm-sync/jobs/:id/retry'],
      },
    },
    {
      support: ['read', 'Support sees whether a device’s status reached the CRM.'],
      seniorSupport: ['read update', 'Senior support retries a failed CRM sync.'],
      technicalEditor: [NONE, 'The CRM is not technical work.'],
      finance: ['read', 'Finance follows sales and renewals in the CRM.'],
      manager: ['read update', 'The Manager retries a failed CRM sync.'],
      ceo: [NONE, 'The CEO reads the CRM itself.'],
    }
  ),
  feature(
    'ticket-desk',
    ['میز تیکت', 'Ticket desk'],
    {
      read: {
        actions: ['plugin::back-office.tickets.read'],
        means: ['open a ticket with its thread, internal notes and the subscriber’s history', 'مشاهدهٔ تیکت با مکاتبات، یادداشت‌های داخلی و سوابق مشترک'],
        routes: ['GET /back-office/tickets', 'GET /back-office/tickets/:documentId', 'GET /back-office/tickets/:documentId/attachments/:fileId', 'GET /back-office/saved-replies'],
      },
      create: {
        actions: ['plugin::back-office.tickets.create'],
        means: ['open a ticket for a subscriber after a call or a visit', 'ثبت تیکت برای مشترک پس از تماس تلفنی یا بازدید'],
        routes: ['POST /back-office/tickets'],
      },
      update: {
        actions: ['plugin::back-office.tickets.answer'],
        means: ['reply, write internal notes, change status, priority and assignment, book an on-site visit, resolve and bill', 'پاسخ، یادداشت داخلی، تغییر وضعیت، اهمیت و کارشناس، تعیین زمان بازدید، حل و صدور فاکتور'],
        routes: [
          'POST /back-office/tickets/:documentId/messages',
          'PUT /back-office/tickets/:documentId',
          'POST /back-office/tickets/:documentId/resolve',
          'POST /back-office/tickets/:documentId/repair-order',
          'POST /back-office/tickets/:documentId/visit',
        ],
      },
    },
    {
      support: ['read create update', 'Support answers tickets, opens them for callers and resolves them.'],
      seniorSupport: ['read create update', 'Senior support answers escalated tickets and reassigns work.'],
      technicalEditor: ['read update', 'Technical staff answer fault reports and record the work done.'],
      finance: ['read', 'Finance reads the work a bill was issued for.'],
      manager: ['read create update', 'The Manager answers tickets escalated to management.'],
      ceo: ['read', 'The CEO may read any conversation with a customer.'],
    }
  ),
  feature(
    'quarter-report',
    ['گزارش فصلی', 'Quarterly report'],
    {
      read: {
        actions: ['plugin::back-office.reports.read'],
        means: ['see the quarterly report of surveys and complaints and download it as CSV', 'مشاهده و دریافت گزارش فصلی نظرسنجی‌ها و شکایات'],
        routes: ['GET /back-office/reports/quarter', 'GET /back-office/reports/quarter.csv'],
      },
    },
    {
      support: [NONE, 'The quarterly figures are for management.'],
      seniorSupport: [NONE, 'The quarterly figures are for management.'],
      technicalEditor: [NONE, 'The quarterly figures are for management.'],
      finance: [NONE, 'The quarterly figures are for management.'],
      manager: ['read', 'The Manager reviews satisfaction and complaints each quarter to improve the service.'],
      ceo: ['read', 'The CEO follows customer satisfaction and complaints quarter by quarter.'],
    }
  ),
  feature(
    'transfer-review',
    ['بررسی انتقال مالکیت', 'Transfer review'],
    {
      update: {
        actions: ['plugin::back-office.transfers.review'],
        means: ['approve or reject an ownership transfer', 'تأیید یا رد درخواست انتقال مالکیت'],
        routes: ['POST /back-office/ownership-transfers/:documentId/approve', 'POST /back-office/ownership-transfers/:documentId/reject'],
      },
    },
    {
      support: [NONE, 'Support passes transfer requests on to Senior support.'],
      seniorSupport: ['update', 'Senior support decides ownership transfers: approving moves the device and keeps its history.'],
      technicalEditor: [NONE, 'Ownership is no part of technical work.'],
      finance: [NONE, 'A transfer moves no money.'],
      manager: ['update', 'The Manager decides ownership transfers too.'],
      ceo: [NONE, 'Deciding transfers is Senior support’s and the Manager’s.'],
    }
  ),
  feature(
    'media-library',
    ['کتابخانهٔ رسانه', 'Media Library'],
    {
      read: {
        actions: ['plugin::upload.read', 'plugin::upload.assets.download', 'plugin::upload.assets.copy-link'],
        means: ['browse files, download them and copy their links', 'مشاهده و دریافت فایل‌های کتابخانهٔ رسانه'],
        routes: ['GET /upload/files', 'GET /upload/files/:id', 'GET /upload/folders', 'GET /upload/folders/:id', 'GET /upload/folder-structure'],
      },
      create: {
        actions: ['plugin::upload.assets.create'],
        means: ['upload files and make folders', 'بارگذاری فایل و ساختن پوشه در کتابخانهٔ رسانه'],
        routes: ['POST /upload', 'POST /upload/actions/upload-from-urls', 'POST /upload/folders'],
      },
      // Strapi grants editing and deleting files with one action
      update: {
        actions: ['plugin::upload.assets.update'],
        means: ['edit a file’s details, crop, replace or move files', 'ویرایش، برش، جایگزینی یا جابه‌جایی فایل‌ها'],
        routes: ['POST /upload?id', 'PUT /upload/files/:id', 'POST /upload/files/:id/replace', 'PUT /upload/folders/:id', 'POST /upload/actions/bulk-move', 'POST /upload/actions/bulk-update'],
      },
      delete: {
        actions: ['plugin::upload.assets.update'],
        means: ['delete files and folders', 'حذف فایل‌ها و پوشه‌ها'],
        routes: ['DELETE /upload/files/:id', 'POST /upload/actions/bulk-delete'],
      },
    },
    {
      support: ['read create', 'Support attaches files (photos of a device, scanned forms); changing or removing them is Senior support’s.'],
      seniorSupport: ['read create update delete', 'Senior support also replaces and removes files.'],
      technicalEditor: ['read create update delete', 'The technical editor uploads and keeps manuals and pictures.'],
      finance: [NONE, 'Finance attaches no files yet.'],
      manager: ['read create update delete', 'The Manager keeps the Media Library too.'],
      ceo: [NONE, 'The CEO attaches no files.'],
    }
  ),
];

// ── lookups ──────────────────────────────────────────────────────────────────────────────────

export const contentTypeRows = () => STAFF_MATRIX.filter((r): r is ContentTypeRow => r.kind === 'content-type');
export const featureRows = () => STAFF_MATRIX.filter((r): r is FeatureRow => r.kind === 'feature');
export const hiddenRows = () => STAFF_MATRIX.filter((r): r is HiddenRow => r.kind === 'hidden');

/** The row of a content type (shown or hidden), or undefined. */
export const rowForType = (uid: string) => STAFF_MATRIX.find((r): r is ContentTypeRow | HiddenRow => r.kind !== 'feature' && r.uid === uid);

/** The row of a content type or a feature (by its id), or undefined. */
export const rowFor = (subject: string): MatrixRow | undefined => STAFF_MATRIX.find((r) => (r.kind === 'feature' ? r.id : r.uid) === subject);

export const roleByCode = (code: string): RoleKey | undefined => ROLE_KEYS.find((key) => STAFF_ROLES[key].code === code);

/** The roles that may do `task` on a row, each with its limit if any (matrix order). */
export const rolesAllowed = (row: ContentTypeRow | FeatureRow, task: Task): Array<{ role: RoleKey; limit?: LimitKey }> =>
  ROLE_KEYS.filter((role) => row.grants[role].tasks.includes(task)).map((role) => ({ role, limit: row.grants[role].limits[task] }));
