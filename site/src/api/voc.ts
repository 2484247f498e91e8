/**
 * Voice of the customer (issue 14, docs/api.md): the public complaint form and its tracking, and
 * the satisfaction survey a buyer opens from an SMS link. No login needed; a logged-in buyer's
 * complaint carries the access token so the server links it to the subscriber.
 */
import { apiRequest } from './client';
import type { ComplaintForm, ComplaintInput, ComplaintReceipt, ComplaintTracking, DataEnvelope, Survey, SurveyAnswer, SurveyAnswered } from './types';

/** GET /api/complaints/form: the form token (refused by POST when younger than 3 s or older than 2 h). */
export const getComplaintForm = async (signal?: AbortSignal): Promise<ComplaintForm> =>
  (await apiRequest<DataEnvelope<ComplaintForm>>('/api/complaints/form', { auth: false, signal })).data;

/** POST /api/complaints — `withSession`: send the buyer's token (the complaint is linked to them). */
export const fileComplaint = async (input: ComplaintInput, withSession: boolean): Promise<ComplaintReceipt> =>
  (await apiRequest<DataEnvelope<ComplaintReceipt>>('/api/complaints', { method: 'POST', body: input, auth: withSession })).data;

/** POST /api/complaints/status: the code (any case, with or without dashes) and the mobile it was filed with; 404 on any mismatch. */
export const trackComplaint = async (trackingCode: string, mobile: string, signal?: AbortSignal): Promise<ComplaintTracking> =>
  (await apiRequest<DataEnvelope<ComplaintTracking>>('/api/complaints/status', { method: 'POST', body: { trackingCode, mobile }, auth: false, signal })).data;

/** GET /api/surveys/:token — 404 unknown or expired, 409 `surveyAlreadyAnswered`. */
export const getSurvey = async (token: string, signal?: AbortSignal): Promise<Survey> =>
  (await apiRequest<DataEnvelope<Survey>>(`/api/surveys/${encodeURIComponent(token)}`, { auth: false, signal })).data;

/** POST /api/surveys/:token — once only (a second answer is 409). */
export const answerSurvey = async (token: string, answer: SurveyAnswer): Promise<SurveyAnswered> =>
  (await apiRequest<DataEnvelope<SurveyAnswered>>(`/api/surveys/${encodeURIComponent(token)}`, { method: 'POST', body: answer, auth: false })).data;
