/** The customer routes under /api/me (docs/api.md), typed. */
import { apiRequest } from './client';
import type { Dashboard, DataEnvelope, Device, DeviceDetail, ListEnvelope, Profile } from './types';

export const getDashboard = async (signal?: AbortSignal): Promise<Dashboard> =>
  (await apiRequest<DataEnvelope<Dashboard>>('/api/me/dashboard', { signal })).data;

export const getProfile = async (signal?: AbortSignal): Promise<Profile> =>
  (await apiRequest<DataEnvelope<Profile>>('/api/me', { signal })).data;

export const getDevices = async (signal?: AbortSignal): Promise<Device[]> =>
  (await apiRequest<ListEnvelope<Device>>('/api/me/devices', { signal })).data;

export const getDevice = async (id: string, signal?: AbortSignal): Promise<DeviceDetail> =>
  (await apiRequest<DataEnvelope<DeviceDetail>>(`/api/me/devices/${encodeURIComponent(id)}`, { signal })).data;
