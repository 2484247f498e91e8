/**
 * Payments. Other capabilities register a purpose (what a verified payment grants) and call
 * `start`; the buyer pays on the gateway; the gateway's callback comes back here.
 *
 * The rules:
 * - The amount is always the one in our payment row — never anything from the request.
 * - A payment is granted only after the gateway verifies it (for the payment's own authority), and
 *   exactly once: the grant runs in one transaction with a conditional UPDATE (from the status read
 *   → paid) that only one caller can win, so a repeated, forged or concurrent callback grants
 *   nothing more.
 * - A verified payment whose purpose is no longer on offer — the purpose's grant refuses it (a
 *   renewal replaced or cancelled since), or the payment had expired — grants nothing and is
 *   recorded `refund_due` with the reason, for finance to refund. A payment marked failed or
 *   cancelled by a callback is granted later only if the gateway verifies it paid and the purpose
 *   still accepts it.
 * - A payment whose callback never came (the buyer closed the tab, the gateway timed out) is
 *   settled later by `reconcile` (a scheduled job).
 * - A verification holds a lease (`verifyingUntil`, set before the gateway is asked, cleared when
 *   its outcome is recorded). An instance that dies in between — the gateway verified, the money
 *   is taken, nothing recorded — leaves the lease to run out, and `reconcile` settles the payment
 *   again whatever its status: a payment marked cancelled, failed or expired before is not left so.
 */
import type { Core } from '@strapi/strapi';
import { GATEWAYS, GatewayError, type PaymentGateway, type Verification } from '../providers';
import { toRials } from 'poshtiban/domain/money';
import { newDocumentId } from 'poshtiban/utils/raw-sql';
import { ProviderUnavailableError } from 'poshtiban/utils/provider-error';

export const PAYMENT_UID = 'api::payment.payment';

export type PaymentRow = {
  id: number;
  documentId: string;
  purpose: string;
  referenceId: string;
  subscriberId: number | null;
  description: string | null;
  amountRials: string | number;
  gateway: string;
  paymentStatus: 'created' | 'pending' | 'paid' | 'failed' | 'cancelled' | 'expired' | 'refund_due';
  authority: string | null;
  refId: string | null;
  lastError?: string | null;
  createdAt: Date | string;
};

/**
 * What a payment was for, as the buyer's payment history and receipt show it: the device, what
 * kind of purchase, the period it pays for (ISO dates), and the device's service end now.
 */
export type PaymentSubject = {
  kind: { fa: string; en: string };
  device: { id: string; serial: string; brand: string | null; model: string | null; serviceEnd: string | null } | null;
  period: { start: string | null; end: string | null } | null;
};

/** A purpose's answer when what was paid for is no longer on offer: nothing granted, the payment is refunded. */
export type GrantRefusal = { refused: string };

export type Purpose = {
  /**
   * Runs inside the grant's transaction, once per verified payment, after the payment row was
   * won by this caller. It checks (under its own row locks) that what was paid for is still on
   * offer and grants it, or returns a refusal: the payment is then recorded `refund_due`.
   * `previousStatus` is what the payment was before (a payment marked failed or cancelled by an
   * earlier callback may arrive verified later).
   */
  grant: (payment: PaymentRow, verification: Verification, context: { previousStatus: PaymentRow['paymentStatus'] }) => Promise<void | GrantRefusal>;
  /** the buyer cancelled, or the payment expired unpaid */
  abandoned?: (payment: PaymentRow) => Promise<void>;
  /** what the payments with these reference ids were for (one query for a whole page of them) */
  describe?: (referenceIds: string[]) => Promise<Map<string, PaymentSubject>>;
};

/** The columns the buyer's own views read. */
const OWN_FIELDS = ['id', 'documentId', 'purpose', 'referenceId', 'description', 'amountRials', 'gateway', 'paymentStatus', 'refId', 'cardPan', 'createdAt', 'verifiedAt'];

/** A payment the gateway registered and nothing recorded yet (payments.prepare → payments.record). */
export type PreparedPayment = {
  documentId: string;
  purpose: string;
  subscriberId: number;
  amountRials: number;
  description: string;
  gateway: string;
  authority: string;
  redirectUrl: string;
};

/** `outage`: verifying failed because the gateway is out of reach (reconcile stops calling it for this pass). */
export type SettleResult = { payment: PaymentRow; outcome: 'paid' | 'already-paid' | 'refund-due' | 'not-paid' | 'rejected' | 'pending'; outage?: boolean };

/** How lastError starts while a pending payment could not be verified (the work queue counts these). */
export const VERIFY_FAILED = 'verify-failed';

/** The statuses a verified payment may still leave (for paid, or for refund_due). */
const UNSETTLED = ['created', 'pending', 'failed', 'expired', 'cancelled'] as const;
/** Statuses a verified payment may be in when its callback is not the only way back to it (see `reconcile`). */
const CLOSED_UNPAID = ['failed', 'cancelled', 'expired'] as const;
/** How long a verification (gateway call + grant) may take before `reconcile` takes it over. */
const VERIFY_LEASE_MS = 2 * 60 * 1000;
/** Why an expired payment verified later is refunded (its purpose was abandoned when it expired). */
const EXPIRED_REASON = 'مهلت پرداخت گذشته بود (the payment had expired before it was verified)';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const purposes = new Map<string, Purpose>();
  let gateway: PaymentGateway | null = null;
  const config = () => strapi.config.get('plugin::payment') as { provider: string; providerOptions: Record<string, unknown>; publicUrl: string; pendingTtlMinutes: number };

  const gatewayFor = (): PaymentGateway => {
    if (gateway) return gateway;
    const { provider, providerOptions } = config();
    const module = GATEWAYS[provider];
    if (!module) throw new Error(`payment: unknown provider "${provider}" (choose one of ${Object.keys(GATEWAYS).join(', ')})`);
    gateway = module.init({ publicUrl: config().publicUrl, ...providerOptions }, { strapi });
    return gateway;
  };

  const findByAuthority = (authority: string): Promise<PaymentRow | null> => strapi.db.query(PAYMENT_UID).findOne({ where: { authority } });

  /**
   * A verified payment: marks it paid and runs its purpose's grant — once, in one transaction — or,
   * when the purpose refuses (or the payment had expired), records it `refund_due` with the reason.
   * The UPDATE is conditional on the status just read, so of concurrent callers exactly one wins;
   * a loser reads again and answers with what the winner recorded.
   */
  const grantOnce = async (payment: PaymentRow, verification: Verification & { refId: string }): Promise<'paid' | 'already-paid' | 'refund-due'> =>
    strapi.db.transaction(async () => {
      const purpose = purposes.get(payment.purpose);
      if (!purpose) throw new Error(`payment: no purpose "${payment.purpose}" registered`);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const current: Pick<PaymentRow, 'paymentStatus'> | null = await strapi.db.query(PAYMENT_UID).findOne({ where: { id: payment.id }, select: ['paymentStatus'] });
        const previousStatus = current?.paymentStatus;
        if (!previousStatus || !(UNSETTLED as readonly string[]).includes(previousStatus)) return previousStatus === 'refund_due' ? 'refund-due' : 'already-paid';
        const now = new Date();
        const { count } = await strapi.db.query(PAYMENT_UID).updateMany({
          where: { id: payment.id, paymentStatus: previousStatus },
          data: { paymentStatus: 'paid', refId: verification.refId, cardPan: 'cardPan' in verification ? verification.cardPan ?? null : null, verifiedAt: now, grantedAt: now, lastError: null, verifyingUntil: null },
        });
        if (count !== 1) continue; // another caller changed it meanwhile: read what it recorded
        let refusal: string | null = EXPIRED_REASON;
        if (previousStatus !== 'expired') {
          const answer: unknown = await purpose.grant({ ...payment, paymentStatus: 'paid', refId: verification.refId }, verification, { previousStatus });
          refusal = typeof answer === 'object' && answer !== null ? (answer as GrantRefusal).refused : null;
        }
        if (refusal === null) return 'paid';
        await strapi.db.query(PAYMENT_UID).update({ where: { id: payment.id }, data: { paymentStatus: 'refund_due', grantedAt: null, refundReason: refusal } });
        strapi.log.warn(`[payment] ${payment.documentId} was paid but not granted, to refund: ${refusal}`);
        return 'refund-due';
      }
      return 'already-paid';
    });

  const markUnpaid = async (payment: PaymentRow, status: 'cancelled' | 'failed' | 'expired', lastError: string | null) => {
    await strapi.db.transaction(async () => {
      const { count } = await strapi.db.query(PAYMENT_UID).updateMany({ where: { id: payment.id, paymentStatus: { $in: ['created', 'pending'] } }, data: { paymentStatus: status, lastError, verifyingUntil: null } });
      if (count === 1) await purposes.get(payment.purpose)?.abandoned?.({ ...payment, paymentStatus: status });
    });
  };

/** Verifies one payment with the gateway and grants it if paid. Safe to call any number of times. */
  const settle = async (payment: PaymentRow): Promise<SettleResult> => {
    if (payment.paymentStatus === 'paid') return { payment, outcome: 'already-paid' };
    if (payment.paymentStatus === 'refund_due') return { payment, outcome: 'refund-due' };
    if (!payment.authority) return { payment, outcome: 'not-paid' };
    // the lease: should this process die after the gateway verified and before the outcome is
    // recorded, `reconcile` finds the payment by it once it has run out
    await strapi.db.query(PAYMENT_UID).update({ where: { id: payment.id }, data: { verifyingUntil: new Date(Date.now() + VERIFY_LEASE_MS) } });
    const done = () => strapi.db.query(PAYMENT_UID).update({ where: { id: payment.id }, data: { verifyingUntil: null } });
    let verification: Verification;
    try {
      verification = await gatewayFor().verify({ authority: payment.authority, amountRials: toRials(payment.amountRials) });
    } catch (error: any) {
      if (error instanceof GatewayError && error.retryable) {
        // the gateway slow, failing or down: neither failed nor granted — the lease is left to run
        // out and reconcile verifies again later; staff see it (the work queue's payments-unverified)
        await strapi.db.query(PAYMENT_UID).update({ where: { id: payment.id }, data: { lastError: `${VERIFY_FAILED}: ${error.message}`.slice(0, 2000) } });
        return { payment, outcome: 'pending', outage: error.outage };
      }
      throw error;
    }
    if (verification.outcome === 'paid' || verification.outcome === 'already-verified') {
      return { payment, outcome: await grantOnce(payment, verification) };
    }
    if (verification.outcome === 'rejected') {
      await markUnpaid(payment, 'failed', `${verification.code}: ${verification.message}`);
      await done();
      return { payment, outcome: 'rejected' };
    }
    await done();
    // the gateway answered: an earlier failure to verify is over
    if (payment.paymentStatus === 'pending' && String(payment.lastError ?? '').startsWith(VERIFY_FAILED)) await strapi.db.query(PAYMENT_UID).updateMany({ where: { id: payment.id, paymentStatus: 'pending', lastError: { $startsWith: VERIFY_FAILED } }, data: { lastError: null } });
    return { payment, outcome: 'not-paid' };
  };

  const service = {
    /** Declares what a verified payment for `name` grants. Called from bootstrap. */
    registerPurpose(name: string, purpose: Purpose) {
      purposes.set(name, purpose);
    },

    /** For tests and after a configuration change at runtime. */
    resetGateway() {
      gateway = null;
    },

    /**
     * The gateway's half of starting a payment, before anything is written: registers the amount
     * with the gateway (under the payment's documentId, chosen here) and returns what `record`
     * writes. The gateway slow (past its timeout), failing or down: a ProviderUnavailableError —
     * the buyer gets a Persian 503 with Retry-After and nothing was written, so the caller's own
     * rows (a renewal, an order) are written only once the gateway answered. An authority the
     * gateway made for a payment never recorded is never paid (the buyer never saw its page).
     */
    async prepare(input: { purpose: string; subscriberId: number; amountRials: number; description: string; mobile?: string }): Promise<PreparedPayment> {
      if (!purposes.has(input.purpose)) throw new Error(`payment: no purpose "${input.purpose}" registered`);
      const amountRials = toRials(input.amountRials);
      const g = gatewayFor();
      const documentId = newDocumentId();
      try {
        const { authority, redirectUrl } = await g.request({
          amountRials,
          description: input.description,
          callbackUrl: `${config().publicUrl.replace(/\/$/, '')}/api/payment/callback`,
          orderId: documentId,
          mobile: input.mobile,
        });
        return { documentId, purpose: input.purpose, subscriberId: input.subscriberId, amountRials, description: input.description, gateway: g.name, authority, redirectUrl };
      } catch (error: any) {
        // logged with the route by src/middlewares/provider-unavailable.ts
        throw new ProviderUnavailableError('paymentGatewayUnavailable', { cause: error });
      }
    },

    /**
     * Writes a prepared payment as pending for `referenceId`, in the caller's transaction;
     * `description`: our record's own text when it knows more than the gateway was told.
     */
    async record(prepared: PreparedPayment, { referenceId, description }: { referenceId: string; description?: string }): Promise<PaymentRow> {
      return strapi.db.query(PAYMENT_UID).create({
        data: {
          documentId: prepared.documentId,
          purpose: prepared.purpose,
          referenceId,
          subscriberId: prepared.subscriberId,
          description: description ?? prepared.description,
          amountRials: String(prepared.amountRials),
          gateway: prepared.gateway,
          paymentStatus: 'pending',
          authority: prepared.authority,
          callbackCount: 0,
        },
      });
    },

    /**
     * Starts a payment and returns where to send the buyer. The amount comes from the caller's
     * records (a contract's price, an invoice's total) — never from a request body. Nothing is
     * written when the gateway cannot be reached (see `prepare`).
     */
    async start(input: { purpose: string; referenceId: string; subscriberId: number; amountRials: number; description: string; mobile?: string }) {
      const prepared = await service.prepare(input);
      const payment = await service.record(prepared, { referenceId: input.referenceId });
      return { payment, redirectUrl: prepared.redirectUrl };
    },

    settle,

    /** The gateway sent the buyer back: GET /api/payment/callback?Authority=…&Status=OK|NOK */
    async handleCallback({ authority, status }: { authority: unknown; status: unknown }) {
      if (typeof authority !== 'string' || !/^[A-Za-z0-9]{10,64}$/.test(authority)) return { payment: null, outcome: 'unknown' as const };
      const payment = await findByAuthority(authority);
      if (!payment) return { payment: null, outcome: 'unknown' as const };
      await strapi.db.connection('payments').where({ id: payment.id }).increment('callback_count', 1);
      if (payment.paymentStatus === 'paid') return { payment, outcome: 'already-paid' as const };
      if (payment.paymentStatus === 'refund_due') return { payment, outcome: 'refund-due' as const };
      if (status !== 'OK') {
        await markUnpaid(payment, 'cancelled', 'cancelled by the buyer or the gateway');
        return { payment, outcome: 'cancelled' as const };
      }
      const result = await settle(payment);
      if (result.outcome === 'not-paid') {
        await markUnpaid(payment, 'failed', 'the gateway says the payment was not made');
        return { payment, outcome: 'not-paid' as const };
      }
      return result;
    },

    /**
     * The scheduled job: pending payments whose callback never came are verified with the
     * gateway; the ones still unpaid after the TTL expire. A payment marked cancelled, failed or
     * expired whose verification's lease ran out (the instance verifying it died, or the gateway
     * did not answer) is verified again too: paid after all, it is granted or recorded for refund.
     */
    async reconcile({ now = new Date(), olderThanMs = 2 * 60 * 1000 }: { now?: Date; olderThanMs?: number } = {}) {
      const pending: PaymentRow[] = await strapi.db.query(PAYMENT_UID).findMany({
        where: {
          $or: [
            { paymentStatus: 'pending', createdAt: { $lt: new Date(now.getTime() - olderThanMs) } },
            { paymentStatus: { $in: [...CLOSED_UNPAID] }, verifyingUntil: { $lt: now } },
          ],
        },
        orderBy: [{ id: 'asc' }],
        limit: 200,
      });
      const outcome = { checked: pending.length, paid: 0, refundDue: 0, expired: 0, stillPending: 0, deferred: 0 };
      const ttlMs = config().pendingTtlMinutes * 60 * 1000;
      // a gateway that is slow or down costs one failed verify a pass: the rest wait for the next one
      let outage = false;
      for (const payment of pending) {
        if (outage) {
          outcome.deferred += 1;
          continue;
        }
        const result = await settle(payment);
        outage = Boolean(result.outage);
        if (result.outcome === 'paid') outcome.paid += 1;
        else if (result.outcome === 'refund-due') outcome.refundDue += 1;
        else if (result.outcome === 'not-paid' && payment.paymentStatus === 'pending' && now.getTime() - new Date(payment.createdAt).getTime() > ttlMs) {
          await markUnpaid(payment, 'expired', 'not paid in time');
          outcome.expired += 1;
        } else if (result.outcome === 'pending' || (result.outcome === 'not-paid' && payment.paymentStatus === 'pending')) outcome.stillPending += 1;
      }
      return outcome;
    },

    /** One payment of one subscriber, for the site's result page; null when not theirs. */
    async findForSubscriber(subscriberId: number, documentId: string) {
      return strapi.db.query(PAYMENT_UID).findOne({ where: { documentId, subscriberId }, select: OWN_FIELDS });
    },

    /** A page of one subscriber's payments, newest first (the owner is in the WHERE). */
    async listForSubscriber(subscriberId: number, { page, pageSize }: { page: number; pageSize: number }) {
      const where = { subscriberId };
      const [rows, total] = await Promise.all([
        strapi.db.query(PAYMENT_UID).findMany({ where, select: OWN_FIELDS, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(PAYMENT_UID).count({ where }),
      ]);
      return { rows: rows as PaymentRow[], pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) } };
    },

    /** What each payment was for, from its purpose (one query per purpose on the page). */
    async describe(rows: Pick<PaymentRow, 'purpose' | 'referenceId'>[]): Promise<Map<string, PaymentSubject>> {
      const byPurpose = new Map<string, string[]>();
      for (const r of rows) byPurpose.set(r.purpose, [...(byPurpose.get(r.purpose) ?? []), r.referenceId]);
      const out = new Map<string, PaymentSubject>();
      for (const [name, ids] of byPurpose) {
        const described = await purposes.get(name)?.describe?.([...new Set(ids)]);
        for (const [ref, subject] of described ?? []) out.set(`${name}:${ref}`, subject);
      }
      return out;
    },

    /** Verifies one payment now (the result page asks while a payment is still pending). */
    async settleById(id: number) {
      const payment = await strapi.db.query(PAYMENT_UID).findOne({ where: { id } });
      if (!payment) return null;
      try {
        return await settle(payment);
      } catch (error: any) {
        strapi.log.warn(`[payment] settling ${payment.documentId} failed: ${error?.message ?? error}`);
        return { payment, outcome: 'pending' as const };
      }
    },
  };
  return service;
};
