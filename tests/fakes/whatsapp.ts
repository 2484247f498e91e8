/**
 * A fake WhatsApp Business Cloud API: POST /{version}/{phoneNumberId}/messages with a Bearer
 * token. It checks what Meta checks (token 190, messaging_product, `to` digits, known template
 * 132001, parameter count 132000), answers `{ messaging_product, contacts, messages: [{ id }] }`,
 * and, like the real service, reports some failures later in a status webhook: a number that is
 * not on WhatsApp (131026). It can post signed status webhooks (sent → delivered → read) to the
 * portal, and be switched to rate limiting (130429), 5xx, or a hang.
 */
import { createHmac, randomBytes } from 'crypto';
import { startFakeServer } from './http';

export type WhatsappMessage = { id: string; to: string; template: string; language: string; parameters: string[]; callbackData?: string };
export type WhatsappMode = 'ok' | 'rate-limited' | 'server-error' | 'hang' | 'bad-token';

const graphError = (code: number, message: string, type = 'OAuthException') => ({
  error: { message, type, code, error_data: { messaging_product: 'whatsapp', details: message }, fbtrace_id: randomBytes(8).toString('hex') },
});

export const startFakeWhatsapp = async ({
  accessToken = 'test-whatsapp-token',
  phoneNumberId = '123456789012345',
  version = 'v21.0',
  templates = { poshtiban_announcement: 4 } as Record<string, number>,
  notOnWhatsapp = new Set<string>(),
} = {}) => {
  const sent: WhatsappMessage[] = [];
  /** every request that reached the fake, accepted or not */
  const requests: Array<{ method: string; path: string }> = [];
  let mode: WhatsappMode = 'ok';

  const server = await startFakeServer(({ method, path, headers, rawBody }) => {
    requests.push({ method, path });
    if (method !== 'POST' || path !== `/${version}/${phoneNumberId}/messages`) return { status: 404, body: graphError(100, 'Unsupported post request') };
    if (mode === 'bad-token' || headers.authorization !== `Bearer ${accessToken}`) return { status: 401, body: graphError(190, 'Invalid OAuth access token') };
    if (mode === 'rate-limited') return { status: 429, body: graphError(130429, 'Rate limit hit', 'OAuthException') };
    if (mode === 'server-error') return { status: 500, body: graphError(131000, 'Something went wrong') };
    if (mode === 'hang') return { status: 200, body: {}, delayMs: 60_000 };
    let body: any;
    try {
      body = JSON.parse(rawBody);
    } catch {
      return { status: 400, body: graphError(100, 'Invalid JSON') };
    }
    if (body.messaging_product !== 'whatsapp') return { status: 400, body: graphError(100, 'messaging_product must be whatsapp') };
    if (!/^\d{8,15}$/.test(String(body.to ?? ''))) return { status: 400, body: graphError(100, 'Invalid parameter: to') };
    if (body.type !== 'template' || !body.template?.name) return { status: 400, body: graphError(100, 'Only template messages are expected here') };
    const expected = templates[body.template.name];
    if (expected === undefined) return { status: 404, body: graphError(132001, 'Template name does not exist in the translation') };
    if (!body.template.language?.code) return { status: 400, body: graphError(100, 'template.language.code is required') };
    const parameters: string[] = (body.template.components ?? []).filter((c: any) => c.type === 'body').flatMap((c: any) => c.parameters ?? []).map((p: any) => p.text);
    if (parameters.length !== expected) return { status: 400, body: graphError(132000, 'Number of parameters does not match the expected number of params') };
    const id = `wamid.${randomBytes(12).toString('hex')}`;
    sent.push({ id, to: body.to, template: body.template.name, language: body.template.language.code, parameters, callbackData: body.biz_opaque_callback_data });
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id, message_status: 'accepted' }] },
    };
  });

  /** The body Meta would POST to the portal's webhook for these statuses. */
  const statusPayload = (statuses: Array<{ id: string; status: string; to: string; errorCode?: number; callbackData?: string }>) => ({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'WABA-1',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '982100000000', phone_number_id: phoneNumberId },
              statuses: statuses.map((s) => ({
                id: s.id,
                status: s.status,
                timestamp: String(Math.floor(Date.now() / 1000)),
                recipient_id: s.to,
                // Meta echoes the sender's biz_opaque_callback_data in the message's status webhooks
                ...(s.callbackData ? { biz_opaque_callback_data: s.callbackData } : {}),
                ...(s.errorCode ? { errors: [{ code: s.errorCode, title: s.errorCode === 131026 ? 'Message undeliverable' : 'Re-engagement message' }] } : {}),
              })),
            },
          },
        ],
      },
    ],
  });

  return {
    url: server.url,
    accessToken,
    phoneNumberId,
    version,
    sent,
    requests,
    notOnWhatsapp,
    statusPayload,
    /** signs a webhook body the way Meta does: X-Hub-Signature-256: sha256=<hmac hex> */
    sign: (raw: string, appSecret: string) => `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`,
    /** the statuses Meta would report later for what was sent: failed 131026 for numbers not on WhatsApp */
    laterStatuses: () =>
      sent.map((m) => (notOnWhatsapp.has(m.to) ? { id: m.id, status: 'failed', to: m.to, errorCode: 131026, callbackData: m.callbackData } : { id: m.id, status: 'delivered', to: m.to, callbackData: m.callbackData })),
    setMode(next: WhatsappMode) {
      mode = next;
    },
    reset() {
      sent.length = 0;
      requests.length = 0;
      mode = 'ok';
    },
    close: server.close,
    /** connection refused until `up()` (tests/fakes/http.ts) */
    down: server.down,
    up: server.up,
  };
};
