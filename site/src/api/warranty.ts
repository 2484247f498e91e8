/** The public warranty lookup (docs/api.md «Public warranty lookup»): no login, no token sent. */
import { apiRequest } from './client';
import type { DataEnvelope, WarrantyLookup } from './types';

/**
 * GET /api/warranty/:serial[?hologram=…] — the serial as typed (any digits, case, spaces or
 * dashes: the server normalises it). 400 `serialInvalid` for a malformed serial; 429 with
 * Retry-After when one address asks too often.
 */
export const lookupWarranty = async (serial: string, hologram?: string, signal?: AbortSignal): Promise<WarrantyLookup> => {
  const query = hologram ? `?${new URLSearchParams({ hologram })}` : '';
  return (await apiRequest<DataEnvelope<WarrantyLookup>>(`/api/warranty/${encodeURIComponent(serial)}${query}`, { auth: false, signal })).data;
};
