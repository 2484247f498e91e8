/** The customer routes under /api/me (docs/api.md), typed. */
import { apiRequest } from './client';
import type {
  AppNotification,
  Dashboard,
  DataEnvelope,
  Device,
  DeviceDetail,
  InstallationConfirmation,
  Invoice,
  InvoicePage,
  InvoicePayment,
  NewTicketInput,
  TicketDetail,
  TicketPage,
  InstallationConfirmationInput,
  ListEnvelope,
  NotificationPage,
  OwnershipTransfer,
  OwnershipTransferInput,
  Payment,
  PaymentPage,
  PaymentReceipt,
  Profile,
  RepairOrder,
  RepairReceipt,
  ServiceChoiceInput,
  ServiceChoiceResult,
  ServiceOptions,
} from './types';

export const getDashboard = async (signal?: AbortSignal): Promise<Dashboard> =>
  (await apiRequest<DataEnvelope<Dashboard>>('/api/me/dashboard', { signal })).data;

export const getProfile = async (signal?: AbortSignal): Promise<Profile> =>
  (await apiRequest<DataEnvelope<Profile>>('/api/me', { signal })).data;

export const getDevices = async (signal?: AbortSignal): Promise<Device[]> =>
  (await apiRequest<ListEnvelope<Device>>('/api/me/devices', { signal })).data;

export const getDevice = async (id: string, signal?: AbortSignal): Promise<DeviceDetail> =>
  (await apiRequest<DataEnvelope<DeviceDetail>>(`/api/me/devices/${encodeURIComponent(id)}`, { signal })).data;

export type NotificationQuery = { page?: number; pageSize?: number; unreadOnly?: boolean };

/** GET /api/me/notifications — newest first, paged; `meta.unread` counts all unread ones. */
export const getNotifications = async ({ page = 1, pageSize, unreadOnly = false }: NotificationQuery = {}, signal?: AbortSignal): Promise<NotificationPage> => {
  const query = new URLSearchParams({ page: String(page) });
  if (pageSize) query.set('pageSize', String(pageSize));
  if (unreadOnly) query.set('unread', 'true');
  return apiRequest<NotificationPage>(`/api/me/notifications?${query}`, { signal });
};

/** POST /api/me/notifications/:id/read — answers the notification as it now is. */
export const markNotificationRead = async (id: string): Promise<AppNotification> =>
  (await apiRequest<DataEnvelope<AppNotification>>(`/api/me/notifications/${encodeURIComponent(id)}/read`, { method: 'POST', body: {} })).data;

/** POST /api/me/notifications/read-all — how many were unread. */
export const markAllNotificationsRead = async (): Promise<number> =>
  (await apiRequest<DataEnvelope<{ updated: number }>>('/api/me/notifications/read-all', { method: 'POST', body: {} })).data.updated;

const devicePath = (id: string, rest = '') => `/api/me/devices/${encodeURIComponent(id)}${rest}`;

/** GET /api/me/devices/:id/installation-confirmation — the signed record, or null before it. */
export const getInstallationConfirmation = async (deviceId: string, signal?: AbortSignal): Promise<InstallationConfirmation | null> =>
  (await apiRequest<DataEnvelope<InstallationConfirmation | null>>(devicePath(deviceId, '/installation-confirmation'), { signal })).data;

/** POST /api/me/devices/:id/installation-confirmation — once; a second time answers 409. */
export const confirmInstallation = async (deviceId: string, input: InstallationConfirmationInput): Promise<InstallationConfirmation> =>
  (await apiRequest<DataEnvelope<InstallationConfirmation>>(devicePath(deviceId, '/installation-confirmation'), { method: 'POST', body: input })).data;

/** GET /api/me/devices/:id/service — what may be chosen now, with the renewal plans. */
export const getServiceOptions = async (deviceId: string, signal?: AbortSignal): Promise<ServiceOptions> =>
  (await apiRequest<DataEnvelope<ServiceOptions>>(devicePath(deviceId, '/service'), { signal })).data;

/** POST /api/me/devices/:id/service — renew (→ a payment to make), pay-per-case or cancel. */
export const chooseService = async (deviceId: string, input: ServiceChoiceInput): Promise<ServiceChoiceResult> =>
  (await apiRequest<DataEnvelope<ServiceChoiceResult>>(devicePath(deviceId, '/service'), { method: 'POST', body: input })).data;

/** GET /api/me/payments/:id — the payment the result page is about (another subscriber's → 404). */
export const getPayment = async (id: string, signal?: AbortSignal): Promise<Payment> =>
  (await apiRequest<DataEnvelope<Payment>>(`/api/me/payments/${encodeURIComponent(id)}`, { signal })).data;

/** GET /api/me/payments — the caller's payments, newest first, paged. */
export const getPayments = async ({ page = 1, pageSize }: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<PaymentPage> => {
  const query = new URLSearchParams({ page: String(page) });
  if (pageSize) query.set('pageSize', String(pageSize));
  return apiRequest<PaymentPage>(`/api/me/payments?${query}`, { signal });
};

/** GET /api/me/payments/:id/receipt — a paid payment's receipt (unpaid → 409, another's → 404). */
export const getPaymentReceipt = async (id: string, signal?: AbortSignal): Promise<PaymentReceipt> =>
  (await apiRequest<DataEnvelope<PaymentReceipt>>(`/api/me/payments/${encodeURIComponent(id)}/receipt`, { signal })).data;

/** GET /api/me/repairs/:id/receipt — the intake receipt to print (another subscriber's → 404). */
export const getRepairReceipt = async (id: string, signal?: AbortSignal): Promise<RepairReceipt> =>
  (await apiRequest<DataEnvelope<RepairReceipt>>(`/api/me/repairs/${encodeURIComponent(id)}/receipt`, { signal })).data;

/** GET /api/me/repairs — the caller's repair orders, newest first. */
export const getRepairs = async (signal?: AbortSignal): Promise<RepairOrder[]> =>
  (await apiRequest<ListEnvelope<RepairOrder>>('/api/me/repairs', { signal })).data;

/** GET /api/me/repairs/:id — one repair order with its history (another subscriber's → 404). */
export const getRepair = async (id: string, signal?: AbortSignal): Promise<RepairOrder> =>
  (await apiRequest<DataEnvelope<RepairOrder>>(`/api/me/repairs/${encodeURIComponent(id)}`, { signal })).data;

/** GET /api/me/ownership-transfers — the caller's transfer requests, newest first. */
export const getOwnershipTransfers = async (signal?: AbortSignal): Promise<OwnershipTransfer[]> =>
  (await apiRequest<ListEnvelope<OwnershipTransfer>>('/api/me/ownership-transfers', { signal })).data;

/** POST /api/me/ownership-transfers — 201 with the pending request; 409 when one is pending already. */
export const requestOwnershipTransfer = async (input: OwnershipTransferInput): Promise<OwnershipTransfer> =>
  (await apiRequest<DataEnvelope<OwnershipTransfer>>('/api/me/ownership-transfers', { method: 'POST', body: input })).data;

/* ---------- tickets ---------- */

const ticketPath = (id: string, rest = '') => `/api/me/tickets/${encodeURIComponent(id)}${rest}`;

/** GET /api/me/tickets — the caller's tickets, latest activity first, paged. */
export const getTickets = async ({ page = 1, pageSize }: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<TicketPage> => {
  const query = new URLSearchParams({ page: String(page) });
  if (pageSize) query.set('pageSize', String(pageSize));
  return apiRequest<TicketPage>(`/api/me/tickets?${query}`, { signal });
};

/** GET /api/me/tickets/:id — the whole correspondence (another subscriber's → 404). */
export const getTicket = async (id: string, signal?: AbortSignal): Promise<TicketDetail> =>
  (await apiRequest<DataEnvelope<TicketDetail>>(ticketPath(id), { signal })).data;

/** Files go as multipart/form-data, the fields beside them; without files the body is JSON. */
const withFiles = (fields: Record<string, string>, files: File[]): FormData | Record<string, string> => {
  if (files.length === 0) return fields;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append('attachments', file, file.name);
  return form;
};

/** POST /api/me/tickets — 201 with the new ticket; a device whose service does not allow it → 400 `ticketsNotAvailable`. */
export const openTicket = async ({ attachments, preferredVisitDay, ...fields }: NewTicketInput): Promise<TicketDetail> => {
  const body = withFiles({ ...fields, ...(preferredVisitDay ? { preferredVisitDay } : {}) }, attachments);
  return (await apiRequest<DataEnvelope<TicketDetail>>('/api/me/tickets', { method: 'POST', body })).data;
};

/** POST /api/me/tickets/:id/messages — the buyer's reply (an answered ticket opens again); the ticket as it now is. */
export const replyToTicket = async (id: string, body: string, attachments: File[]): Promise<TicketDetail> =>
  (await apiRequest<DataEnvelope<TicketDetail>>(ticketPath(id, '/messages'), { method: 'POST', body: withFiles({ body }, attachments) })).data;

/* ---------- invoices ---------- */

/** GET /api/me/invoices — the caller's invoices, newest first, with the outstanding debt. */
export const getInvoices = async ({ page = 1, pageSize }: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<InvoicePage> => {
  const query = new URLSearchParams({ page: String(page) });
  if (pageSize) query.set('pageSize', String(pageSize));
  return apiRequest<InvoicePage>(`/api/me/invoices?${query}`, { signal });
};

/** GET /api/me/invoices/:id (another subscriber's → 404). */
export const getInvoice = async (id: string, signal?: AbortSignal): Promise<Invoice> =>
  (await apiRequest<DataEnvelope<Invoice>>(`/api/me/invoices/${encodeURIComponent(id)}`, { signal })).data;

/** POST /api/me/invoices/:id/pay — an unpaid invoice's payment (paid or void → 409). */
export const payInvoice = async (id: string): Promise<InvoicePayment> =>
  (await apiRequest<DataEnvelope<InvoicePayment>>(`/api/me/invoices/${encodeURIComponent(id)}/pay`, { method: 'POST' })).data;
