/**
 * The customer API's response shapes, as documented in docs/api.md (and produced by
 * src/api/device/presenter.ts, src/domain/service-status.ts and the me/dashboard service).
 */

/** A text the API returns in both languages. */
export type Label = { fa: string; en: string };

/**
 * A text staff wrote, in Persian and perhaps English: `en` is null when there is no English
 * version (the site shows the Persian then), and a system notification may have no body at all.
 */
export type LocalizedText = { fa: string | null; en: string | null };

/** A calendar date: ISO (`2026-08-15`) plus the Jalali forms (Persian digits, Asia/Tehran). */
export type ApiDate = { iso: string; jalali: string; jalaliLong: string };

/** A moment in time: ISO timestamp plus Jalali date and time. */
export type ApiMoment = { iso: string; jalali: string };

export const SERVICE_STATUSES = ['awaiting_installation', 'active', 'renewed', 'expired', 'pay_per_case', 'cancelled'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const WARRANTY_STATUSES = ['valid', 'expired', 'none'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export type AttentionKind = 'confirm_installation' | 'choose_service' | 'service_ending_soon' | 'warranty_ending_soon';

export type Attention = { kind: AttentionKind; daysLeft?: number; message: Label };

export type DeviceType = { code: string; name: string; nameEn: string | null };

export type Device = {
  id: string;
  serial: string;
  dongleOrUserId: string | null;
  brand: string | null;
  model: string | null;
  deviceType: DeviceType | null;
  installationDate: ApiDate | null;
  warrantyEnd: ApiDate | null;
  serviceEnd: ApiDate | null;
  installationConfirmedAt: ApiMoment | null;
  serviceStatus: ServiceStatus;
  serviceStatusLabel: Label;
  warrantyStatus: WarrantyStatus;
  warrantyStatusLabel: Label;
  daysToServiceEnd: number | null;
  daysToWarrantyEnd: number | null;
  attention: Attention[];
};

export type ContractKind = 'initial' | 'renewal' | 'pay_per_case' | 'cancellation';
/** where a contract stands now; `awaiting_installation` until the device's installation is confirmed */
export type ContractStatus = 'awaiting_installation' | 'pending_payment' | 'active' | 'ended' | 'cancelled';

export type Contract = {
  id: string;
  kind: ContractKind;
  kindLabel: Label;
  years: number | null;
  startDate: ApiDate | null;
  endDate: ApiDate | null;
  /** integer rials; the site shows tomans */
  priceRials: number;
  status: ContractStatus;
  statusLabel: Label;
  createdAt: ApiMoment | null;
};

/** `documents`: the model's documents (absent from a server without the knowledge base). */
export type DeviceDetail = Device & { contracts: Contract[]; documents?: DeviceDocument[] };

export type Address = { city: string | null; street: string | null; building: string | null; postalCode: string | null };

export type Profile = {
  id: string;
  subscriberNumber: string;
  fullName: string;
  nationalCode: string;
  mainOperatorName: string | null;
  address: Address;
  phone: string | null;
  mobile: string | null;
  preferredChannel: 'sms' | 'whatsapp' | 'both';
};

export type DashboardAttention = Attention & {
  device: { id: string; serial: string; brand: string | null; model: string | null };
};

export type Dashboard = {
  profile: { fullName: string; subscriberNumber: string };
  devices: {
    total: number;
    byServiceStatus: Record<ServiceStatus, number>;
    byWarrantyStatus: Record<WarrantyStatus, number>;
  };
  /** the server's wording for every status, so counts of zero have labels too */
  labels: { serviceStatus: Record<ServiceStatus, Label>; warrantyStatus: Record<WarrantyStatus, Label> };
  attention: DashboardAttention[];
  notifications: NotificationSummary;
  /** the outstanding pay-per-case invoices (absent from a server without invoices) */
  debt?: Debt;
  /** the caller's tickets still with the support team, and those answered (awaiting the buyer) */
  tickets?: { open: number; answered: number };
};

export const NOTIFICATION_KINDS = ['software_update', 'service_terms', 'legal_notice', 'general', 'service'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type AppNotification = {
  id: string;
  kind: NotificationKind;
  kindLabel: Label;
  title: LocalizedText;
  body: LocalizedText;
  /** legal notices and service-terms changes, while unread: shown on the dashboard */
  pinned: boolean;
  read: boolean;
  readAt: ApiMoment | null;
  createdAt: ApiMoment;
  source: { type: 'announcement' | 'system'; id: string };
  /** the site page it is about (`/repairs/…`, `/devices/…#service`), or null */
  link: string | null;
};

/** The dashboard's part about notifications. */
export type NotificationSummary = { unread: number; pinned: AppNotification[] };

export type Pagination = { page: number; pageSize: number; total: number; pageCount: number };

/** GET /api/me/notifications */
export type NotificationPage = { data: AppNotification[]; meta: { pagination: Pagination; unread: number } };

/** `{ data }` around every successful /api/me response. */
export type DataEnvelope<T> = { data: T };
export type ListEnvelope<T> = { data: T[]; meta: { total: number } };

export type LoginResponse = { jwt: string; user: { id: number; username: string } };
export type RefreshResponse = { jwt: string };

/**
 * POST /api/auth/otp/request and /api/auth/password-reset/request: the same answer whether or not
 * the account exists. `sent: false` — nothing went (a code went moments ago: `cooldown`, or the
 * window's allowance is used: `limit`); `retryAfterSeconds` says when a request may send one.
 */
export type LoginCodeRequested = {
  sent: boolean;
  reason?: 'cooldown' | 'limit';
  retryAfterSeconds?: number;
  expiresInSeconds: number;
  resendAfterSeconds?: number;
  message: Label;
};
export type CodeRequested = LoginCodeRequested;

/** POST /api/me/password: a fresh session for this device (the others ended). */
export type PasswordChanged = LoginResponse & { message: Label };
/** POST /api/auth/password-reset/confirm */
export type PasswordResetDone = { reset: true; message: Label };

/** One field's error inside `error.details.errors`. */
export type ApiFieldError = { path: (string | number)[]; code?: string; message: string; messageEn?: string };

/** The error envelope every API error shares. */
export type ErrorEnvelope = {
  data: null;
  error: {
    status: number;
    name: string;
    message: string;
    details?: { code?: string; messageEn?: string; errors?: ApiFieldError[]; [key: string]: unknown };
  };
};

/** One line of the installation checklist (the last one is «همهٔ موارد انجام شده است»). */
export type ChecklistKey = 'deviceFullyInstalled' | 'driverCompressorConnectionsInstalled' | 'initialTrainingGiven' | 'allItemsDone';

/** POST /api/me/devices/:id/installation-confirmation: every tick true, the date ISO (YYYY-MM-DD). */
export type InstallationConfirmationInput = Record<ChecklistKey, boolean> & { installationDate: string };

/** The signed installation confirmation: immutable, with the SHA-256 of its content. */
export type InstallationConfirmation = {
  id: string;
  device: { id: string; serial: string; label: string | null };
  checklist: { key: ChecklistKey; label: Label; checked: boolean }[];
  installationDate: ApiDate | null;
  confirmedAt: ApiMoment | null;
  confirmedBy: { subscriberNumber: string; name: string | null; nationalCode: string };
  ip: string | null;
  contentHash: string;
};

export type ServiceChoiceKind = 'renew' | 'pay_per_case' | 'cancel';
/** why a choice is not open now (the same codes as the POST's errors) */
export type ServiceChoiceReason = 'awaitingInstallation' | 'serviceRunning' | 'alreadyInMode';
export type RenewalYears = 1 | 2 | 3;

/** A renewal plan; `term` is in ISO dates (no Jalali forms: the site formats them). */
export type RenewalPlan = { years: RenewalYears; priceRials: number; term: { start: string; end: string } };

export type ServiceChoiceOption = {
  choice: ServiceChoiceKind;
  label: Label;
  allowed: boolean;
  reason?: ServiceChoiceReason | string;
  plans?: RenewalPlan[];
};

/** GET /api/me/devices/:id/service */
export type ServiceOptions = {
  deviceId: string;
  serviceStatus: ServiceStatus;
  serviceStatusLabel: Label;
  serviceEnd: ApiDate | null;
  renewalWindowDays: number;
  choices: ServiceChoiceOption[];
};

export type ServiceChoiceInput = { choice: 'renew'; years: RenewalYears } | { choice: 'pay_per_case' } | { choice: 'cancel' };

/** POST /api/me/devices/:id/service: a renewal waits for payment; the others take effect at once. */
export type ServiceChoiceResult =
  | { contract: Contract; payment: { id: string; amountRials: number; redirectUrl: string }; device?: undefined }
  | { contract: Contract; device: Device; payment?: undefined };

export const PAYMENT_STATUSES = ['created', 'pending', 'paid', 'failed', 'cancelled', 'expired', 'refund_due'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What the payment callback says in `/payments/:id?outcome=…`. */
export const PAYMENT_OUTCOMES = ['paid', 'already-paid', 'refund-due', 'cancelled', 'not-paid', 'rejected', 'pending', 'unknown'] as const;
export type PaymentOutcome = (typeof PAYMENT_OUTCOMES)[number];

/** The device a payment was for; `serviceEnd` is its service end now (after a renewal: the new one). */
export type PaymentDevice = { id: string; serial: string; brand: string | null; model: string | null; serviceEnd: ApiDate | null };

/** GET /api/me/payments/:id, and each item of GET /api/me/payments */
export type Payment = {
  id: string;
  purpose: string;
  referenceId: string;
  description: string | null;
  amountRials: number;
  status: PaymentStatus;
  statusLabel: Label;
  refId: string | null;
  createdAt: ApiMoment | null;
  verifiedAt: ApiMoment | null;
  /** what was bought («تمدید قرارداد خدمات (دوساله)»), the device, the period paid for */
  kind: Label | null;
  device: PaymentDevice | null;
  period: { start: ApiDate | null; end: ApiDate | null } | null;
  /** paid: a receipt can be printed */
  hasReceipt: boolean;
};

/** GET /api/me/payments */
export type PaymentPage = { data: Payment[]; meta: { pagination: Pagination } };

/** GET /api/me/payments/:id/receipt (a paid payment only; 409 otherwise) */
export type PaymentReceipt = {
  id: string;
  refId: string | null;
  cardPan: string | null;
  gateway: string;
  amountRials: number;
  amountTomans: number;
  description: string | null;
  kind: Label | null;
  device: PaymentDevice | null;
  period: { start: ApiDate | null; end: ApiDate | null } | null;
  paidAt: ApiMoment | null;
  subscriber: { fullName: string | null; subscriberNumber: string | null };
};

/** GET /api/warranty/:serial (public): a registered serial. Nothing about the owner, ever. */
export type WarrantyHologram = 'verified' | 'mismatch' | 'not-available' | 'not-checked';

export type WarrantyRegistered = {
  serial: string;
  registered: true;
  genuine: boolean;
  brand: string | null;
  model: string | null;
  deviceType: { name: string; nameEn: string | null } | null;
  warranty: { status: WarrantyStatus; label: Label; validUntil: ApiDate | null; expiredSince: ApiDate | null };
  hologram: WarrantyHologram;
};

/** GET /api/warranty/:serial for a serial that is not registered (still 200). */
export type WarrantyUnregistered = { serial: string; registered: false; genuine: false; message: Label; report: Label };

export type WarrantyLookup = WarrantyRegistered | WarrantyUnregistered;

export const REPAIR_STATUSES = ['received', 'diagnosing', 'repairing', 'ready', 'delivered'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export type RepairOutcome = 'pending' | 'repaired' | 'replaced' | 'refunded';

/** GET /api/me/repairs[/:id]: a repair order (the printed receipt's tracking code, the promise, the history). */
export type RepairOrder = {
  id: string;
  trackingCode: string;
  device: { id: string; serial: string; brand: string | null; model: string | null } | null;
  reportedFault: string;
  status: RepairStatus;
  statusLabel: Label;
  outcome: RepairOutcome;
  outcomeLabel: Label;
  receivedAt: ApiMoment | null;
  /** 7 working days after intake (Fridays and official holidays skipped) */
  promisedBy: ApiDate | null;
  /** unresolved for more than 30 working days: the device is to be replaced */
  dueForReplacement: boolean;
  /** integer rials; the site shows tomans */
  refundAmountRials: number | null;
  replacementSerial: string | null;
  deliveredAt: ApiMoment | null;
  /** late against the promised date (working days; `resolved`: the result came, late) — null when not late */
  delay: { workingDays: number; resolved: boolean } | null;
  history: { status: RepairStatus; label: Label; at: ApiMoment | null }[];
};

/** GET /api/me/repairs/:id/receipt: the intake receipt staff print, in Persian (the same content). */
export type RepairReceipt = {
  title: string;
  issuer: string;
  trackingLabel: string;
  trackingCode: string;
  rows: { key: string; label: string; value: string }[];
  promise: { lead: string; date: string; rest: string };
  refund: string | null;
  followUp: string;
  signatures: string[];
};

export const TRANSFER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

export type NewOwner = { fullName: string; nationalCode: string; mobile: string };

/** GET|POST /api/me/ownership-transfers: one request to transfer a device to someone else. */
export type OwnershipTransfer = {
  id: string;
  device: { id: string; serial: string; brand: string | null; model: string | null } | null;
  newOwner: NewOwner;
  status: TransferStatus;
  statusLabel: Label;
  rejectionReason: string | null;
  createdAt: ApiMoment | null;
  reviewedAt: ApiMoment | null;
};

/** POST /api/me/ownership-transfers (digits in any script: the server normalises them). */
export type OwnershipTransferInput = { deviceId: string; newOwner: NewOwner; ownershipEndConfirmed: boolean };

/** GET /api/contact-details (public): the company's contact details staff keep in the admin. */
export type ContactPhone = { number: string; display: string; href: string };
export type ContactDetails = {
  phones: ContactPhone[];
  email: string | null;
  workingHours: LocalizedText | null;
  address: LocalizedText | null;
};

/* ---------- tickets (issue 12) ---------- */

export const TICKET_KINDS = ['question', 'fault', 'visit'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];
export const TICKET_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const TICKET_STATUSES = ['open', 'in_review', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type TicketChannel = 'site' | 'phone' | 'visit';

export type TicketDevice = { id: string; serial: string; brand: string | null; model: string | null };

/** GET /api/me/tickets: one ticket of the list. */
export type TicketSummary = {
  id: string;
  /** readable: the Jalali year and the row, `1405-000123` */
  number: string;
  title: string;
  kind: TicketKind;
  priority: TicketPriority;
  status: TicketStatus;
  device: TicketDevice | null;
  createdAt: ApiMoment;
  lastActivityAt: ApiMoment | null;
  /** when the support team's next reply is due; null while the ticket is not waiting on them */
  replyDueAt: ApiMoment | null;
  resolutionDueAt: ApiMoment | null;
};

export type TicketAttachment = { id: number | string; name: string; mime: string; size: number; url: string };

export type TicketMessage = {
  id: number | string;
  author: 'subscriber' | 'staff';
  authorName: string | null;
  /** plain text: shown as text, never as markup */
  body: string;
  createdAt: ApiMoment;
  attachments: TicketAttachment[];
};

export type TicketInvoiceRef = { id: string; number: string; totalRials: number; status: InvoiceStatus };

/** GET /api/me/tickets/:id — the ticket with its whole correspondence (no internal notes). */
export type TicketDetail = TicketSummary & {
  description: string;
  channel: TicketChannel;
  preferredVisitDay: ApiDate | null;
  /** the on-site visit staff booked (POST /back-office/tickets/:id/visit) */
  visitScheduledAt: ApiMoment | null;
  resolvedAt: ApiMoment | null;
  invoice: TicketInvoiceRef | null;
  messages: TicketMessage[];
};

/** GET /api/me/tickets */
export type TicketPage = { data: TicketSummary[]; meta: { pagination: Pagination } };

/** POST /api/me/tickets (multipart/form-data when there are files). */
export type NewTicketInput = {
  device: string;
  kind: TicketKind;
  priority: TicketPriority;
  title: string;
  description: string;
  /** ISO day, visits only */
  preferredVisitDay?: string;
  attachments: File[];
};

/* ---------- invoices (issue 12) ---------- */

export const INVOICE_STATUSES = ['unpaid', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

export type InvoiceLine = { description: Label; quantity: number; unit: Label; unitRials: number; amountRials: number };

/** GET /api/me/invoices[/:id]: a pay-per-case invoice; amounts in integer rials (the site shows tomans). */
export type Invoice = {
  id: string;
  number: string;
  status: InvoiceStatus;
  /** the server's wording of the status */
  statusLabel?: Label;
  totalRials: number;
  lines: InvoiceLine[];
  issuedAt: ApiMoment | null;
  paidAt: ApiMoment | null;
  device: TicketDevice | null;
  ticket: { id: string; number: string; title: string } | null;
};

/** The outstanding debt: the unpaid invoices' total against the ceiling staff set. */
export type Debt = { outstandingRials: number; ceilingRials: number; overCeiling: boolean; unpaidCount: number };

/** GET /api/me/invoices */
export type InvoicePage = { data: Invoice[]; meta: { pagination: Pagination; debt: Debt } };

/** POST /api/me/invoices/:id/pay: the payment to make on the bank's gateway. */
export type InvoicePayment = { invoice: Invoice; payment: { id: string; amountRials: number; redirectUrl: string } };

/* ---------- voice of the customer: complaints and surveys (issue 14) ---------- */

export const COMPLAINT_ADDRESSEES = ['managers', 'ceo'] as const;
export type ComplaintAddressee = (typeof COMPLAINT_ADDRESSEES)[number];

export const COMPLAINT_STATUSES = ['received', 'in_progress', 'answered', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'unfounded'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/**
 * An entry of the form's lists as the server may send it: a bare key, or the key with its
 * wording ({ key, fa, en } or { key, label: { fa, en } }). The site reads only what it finds.
 */
export type ChoiceEntry = string | { key?: string; value?: string; fa?: string; en?: string; label?: Label };

/** GET /api/complaints/form: a signed form token (a POST needs it), the addressees, perhaps suggested subjects. */
export type ComplaintForm = { formToken: string; addressees?: ChoiceEntry[]; subjects?: ChoiceEntry[] };

export type ComplaintInput = {
  name: string;
  mobile: string;
  email?: string;
  subject: string;
  description: string;
  addressedTo: ComplaintAddressee;
  formToken: string;
  /** the honeypot: always empty from a person */
  website: string;
};

/** POST /api/complaints → 201 */
export type ComplaintReceipt = { trackingCode: string; replyDueAt: ApiMoment | null; addressedTo: ComplaintAddressee };

/** POST /api/complaints/status → what the sender may see of their complaint. */
export type ComplaintTracking = {
  trackingCode: string;
  subject: string;
  addressedTo: ComplaintAddressee;
  status: ComplaintStatus;
  /** the server's wording of the status, if it sends it */
  statusLabel?: Label;
  receivedAt: ApiMoment | null;
  replyDueAt: ApiMoment | null;
  answeredAt: ApiMoment | null;
  response: string | null;
  outcome: ComplaintOutcome | null;
};

export const SURVEY_QUESTIONS = ['staffConduct', 'salesProcess', 'installationTraining', 'afterSalesSupport'] as const;
export type SurveyQuestionKey = (typeof SURVEY_QUESTIONS)[number];

/** GET /api/surveys/:token */
export type Survey = {
  questions: Array<{ key: SurveyQuestionKey; fa: string; en: string }>;
  device: { brand: string | null; model: string | null } | null;
  firstName: string | null;
};

export type SurveyAnswer = Record<SurveyQuestionKey, number> & { comment?: string };

/** POST /api/surveys/:token → 201 */
export type SurveyAnswered = { dissatisfied: boolean };
/* ---------- knowledge base (issue 13) ---------- */

/** The language an article or video is shown in (`locale=en` falls back to the Persian version). */
export type ContentLocale = 'fa' | 'en';

export type KbDeviceType = { code: string; name: string; nameEn: string | null };
export type KbTopic = { code: string; name: string; nameEn: string | null };

/** GET /api/me/articles: one article of a list (`id` is the documentId; `slug` works in its address too). */
export type ArticleSummary = {
  id: string;
  slug: string;
  locale: ContentLocale;
  title: string;
  summary: string | null;
  cover: { url: string; alt: string | null } | null;
  /** none: a general article, for every buyer */
  deviceTypes: KbDeviceType[];
  topic: KbTopic | null;
  publishedAt: ApiMoment | null;
};

/**
 * Strapi's `blocks` rich text (the article's body), as the API sends it. The site renders it as
 * React elements (components/BlocksRenderer), never as HTML.
 */
export type TextLeaf = { type: 'text'; text: string; bold?: boolean; italic?: boolean; underline?: boolean; strikethrough?: boolean; code?: boolean };
export type LinkInline = { type: 'link'; url: string; children: TextLeaf[] };
export type InlineNode = TextLeaf | LinkInline;
export type ListItemBlock = { type: 'list-item'; children: (InlineNode | ListBlock)[] };
export type ListBlock = { type: 'list'; format: 'ordered' | 'unordered'; indentLevel?: number; children: (ListItemBlock | ListBlock)[] };
export type BlockImage = { url: string; alternativeText?: string | null; caption?: string | null; width?: number | null; height?: number | null; name?: string | null };
export type RichTextBlock =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | ListBlock
  | { type: 'quote'; children: InlineNode[] }
  | { type: 'code'; language?: string; children: InlineNode[] }
  | { type: 'image'; image: BlockImage; children?: InlineNode[] };

/** GET /api/me/articles/:id */
export type ArticleDetail = ArticleSummary & {
  body: RichTextBlock[] | null;
  /** the caller's «این مطلب مفید بود؟» answer; null before they gave one */
  myFeedback: boolean | null;
};

/** GET /api/me/videos: one video of a list. */
export type VideoSummary = {
  id: string;
  slug: string;
  locale: ContentLocale;
  title: string;
  description: string | null;
  poster: { url: string } | null;
  durationSeconds: number | null;
  deviceTypes: KbDeviceType[];
  topic: KbTopic | null;
  publishedAt: ApiMoment | null;
};

/** A video file on our server (played here) or a link to its page elsewhere (Aparat…). */
export type VideoSource = { kind: 'file'; url: string; mime: string | null } | { kind: 'link'; url: string };

/** GET /api/me/videos/:id */
export type VideoDetail = VideoSummary & { source: VideoSource | null };

/** A device type of the knowledge base: the caller's own ones first. */
export type KbDeviceTypeCount = KbDeviceType & { owned: boolean; articles: number; videos: number };

/** GET /api/me/knowledge-base */
export type KnowledgeBaseHome = {
  deviceTypes: KbDeviceTypeCount[];
  topics: KbTopic[];
  latestArticles: ArticleSummary[];
  latestVideos: VideoSummary[];
};

export type ArticlePage = { data: ArticleSummary[]; meta: { pagination: Pagination } };
export type VideoPage = { data: VideoSummary[]; meta: { pagination: Pagination } };

/** `?deviceType=`: absent — the caller's own types (and general items); a type's code; `all` — everything. */
export type KbQuery = { q?: string; deviceType?: string; topic?: string; page?: number; pageSize?: number };

/** GET /api/me/devices/:id `documents`: the model's user manual, warranty card… (downloaded with the login). */
export type DeviceDocument = { id: number | string; name: string; mime: string; size: number; url: string };

/* ---------- licensed training videos: courses (issue 13) ---------- */

export const COURSE_ORDER_STATUSES = ['awaiting_payment', 'paid', 'licensed', 'cancelled', 'refund_due'] as const;
export type CourseOrderStatus = (typeof COURSE_ORDER_STATUSES)[number];

/** GET /api/me/courses: one course (title and summary in the page's language, else Persian). */
export type CourseSummary = {
  id: string;
  title: string;
  summary: string | null;
  cover: { url: string } | null;
  /** integer rials; the site shows tomans */
  priceRials: number;
  /** paid for (licensed, or its licence on the way) */
  owned: boolean;
  order: { id: string; status: CourseOrderStatus } | null;
};

/** GET /api/me/courses/:id */
export type CourseDetail = CourseSummary & { description: string | null };

/** The SpotPlayer licence of a paid course: the key the buyer enters in the app. */
export type CourseLicence = { key: string; url: string | null; test: boolean };

/** GET /api/me/course-orders[/:id] («ویدیوهای من»): paid, licensed or refunded orders only. */
export type CourseOrder = {
  id: string;
  number: string;
  course: { id: string; title: string };
  priceRials: number;
  status: CourseOrderStatus;
  /** the server's wording of the status */
  statusLabel?: Label;
  createdAt: ApiMoment | null;
  paidAt: ApiMoment | null;
  licensedAt: ApiMoment | null;
  licence: CourseLicence | null;
};

export type CourseOrderPage = { data: CourseOrder[]; meta: { pagination: Pagination } };

/** POST /api/me/courses/:id/purchase: the order and the payment to make on the gateway. */
export type CoursePurchase = { order: CourseOrder; payment: { id: string; amountRials: number; redirectUrl: string } };
