/** The customer routes under /api/me (docs/api.md), typed. */
import { apiRequest } from './client';
import type { AppNotification, Dashboard, DataEnvelope, Device, DeviceDetail, ListEnvelope, NotificationPage, Profile } from './types';

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
