/** The company's contact details (docs/api.md «Contact details»): public, no token sent. */
import { apiRequest } from './client';
import type { ContactDetails, DataEnvelope } from './types';

export const getContactDetails = async (signal?: AbortSignal): Promise<ContactDetails> =>
  (await apiRequest<DataEnvelope<ContactDetails>>('/api/contact-details', { auth: false, signal })).data;
