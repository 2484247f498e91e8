/**
 * /payments/:id?outcome=… — where the buyer lands after the bank's gateway (through
 * /api/payment/callback). The payment's own status (GET /api/me/payments/:id) decides what is
 * shown; `outcome` only tells a refused payment from an unpaid one, and a payment recorded
 * earlier. While the gateway's answer is still awaited (pending), the page asks again every few
 * seconds for about a minute. Id `unknown`: the gateway came back with no payment of ours.
 * An invoice's payment (purpose `invoice`) says so and links back to the invoice (`referenceId`);
 * a course's (purpose `course`) names the course and leads to «ویدیوهای من», where its licence key
 * appears once issued (or, unpaid, back to the courses).
 */
import type { ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { usePolledResource } from '../api/usePolledResource';
import { getPayment } from '../api/me';
import type { Payment, PaymentOutcome } from '../api/types';
import { PAYMENT_OUTCOMES } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, LoadingState } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { SupportContact } from '../components/ContactDetails';
import { SERVICE_SECTION } from '../components/ServiceChoices';
import { Icon, type IconName } from '../components/Icon';
import { LocalizedText } from '../components/LocalizedText';

/** the payment purpose of a course purchase (the licensing capability registers it) */
const COURSE_PURPOSE = 'course';

/** how often, and for how long, a payment still awaiting the gateway is asked again */
const POLL_EVERY_MS = 3_000;
const POLL_FOR_MS = 60_000;

const awaiting = (p: Payment) => p.status === 'pending' || p.status === 'created';

type Tone = 'success' | 'pending' | 'failure' | 'neutral';
const TONE_ICON: Record<Tone, IconName> = { success: 'check', pending: 'refresh', failure: 'close', neutral: 'info' };

export function PaymentResultPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const raw = params.get('outcome');
  const outcome = PAYMENT_OUTCOMES.includes(raw as PaymentOutcome) ? (raw as PaymentOutcome) : null;

  return (
    <>
      <PageHeader title={t('payment.title')} />
      {id === 'unknown' ? (
        <ResultCard tone="neutral" title={t('payment.unknownTitle')} testStatus="unknown">
          <p>{t('payment.unknownText')}</p>
          <SupportContact />
        </ResultCard>
      ) : (
        <PaymentResult key={id} id={id} outcome={outcome} />
      )}
    </>
  );
}

function PaymentResult({ id, outcome }: { id: string; outcome: PaymentOutcome | null }) {
  const { t, label, tomans, moment, digits, date } = useI18n();
  // while waiting, a failed check keeps the last answer and tries again — unless the payment is not found
  const { state, gaveUp, checkAgain } = usePolledResource<Payment>((signal) => getPayment(id, signal), id, {
    awaiting,
    everyMs: POLL_EVERY_MS,
    forMs: POLL_FOR_MS,
    keepWaitingOn: (error) => error.status !== 404,
  });

  if (state.status === 'loading') return <LoadingState messageKey="payment.loading" />;
  if (state.status === 'error') {
    if (state.error.status === 404) {
      return (
        <ResultCard tone="neutral" title={t('payment.unknownTitle')} testStatus="not-found">
          <p>{t('payment.notFoundText')}</p>
        </ResultCard>
      );
    }
    return <ErrorState error={state.error} onRetry={checkAgain} />;
  }

  const p = state.data;
  const deviceName = p.device ? [p.device.brand, p.device.model].filter(Boolean).join(' ') || t('device.unnamed') : null;
  const facts = [
    {
      label: t('payment.device'),
      value: p.device ? (
        <>
          {deviceName} · <Ltr>{p.device.serial}</Ltr>
        </>
      ) : null,
      show: Boolean(p.device),
    },
    // the renewal took effect: the device's service now runs to this date
    {
      label: t('payment.newServiceEnd'),
      value: <strong data-testid="payment-new-service-end">{date(p.device?.serviceEnd, 'long')}</strong>,
      show: p.status === 'paid' && p.purpose === 'contract-renewal' && Boolean(p.device?.serviceEnd),
    },
    // paid and granted, or paid for a renewal no longer on offer (the reference follows the refund)
    { label: t('payment.refId'), value: p.refId ? <strong className="result__ref" data-testid="payment-ref-id">{digits(p.refId)}</strong> : null, show: (p.status === 'paid' || p.status === 'refund_due') && Boolean(p.refId) },
    { label: t('payment.amount'), value: <span data-testid="payment-amount">{tomans(p.amountRials)}</span>, show: true },
    // a course: the course and its order (the purpose's description of the payment), in place of the payment's own text
    { label: t('payment.for'), value: p.kind ? <strong data-testid="payment-course">{label(p.kind)}</strong> : null, show: p.purpose === COURSE_PURPOSE && Boolean(p.kind) },
    {
      label: t('payment.for'),
      value: p.description ? <LocalizedText text={{ fa: p.description, en: null }} /> : null,
      show: Boolean(p.description) && !(p.purpose === COURSE_PURPOSE && p.kind),
    },
    { label: t('payment.paidAt'), value: moment(p.verifiedAt), show: (p.status === 'paid' || p.status === 'refund_due') && Boolean(p.verifiedAt) },
    { label: t('payment.startedAt'), value: moment(p.createdAt), show: p.status !== 'paid' && p.status !== 'refund_due' && Boolean(p.createdAt) },
  ].filter((f) => f.show);

  // an invoice's payment (purpose `invoice`, its reference the invoice): its own wording, and its page to go back to
  const invoice = p.purpose === 'invoice';
  const invoiceLink = invoice && p.referenceId ? `/invoices/${encodeURIComponent(p.referenceId)}` : null;
  // a course's payment: the licence key is under «ویدیوهای من»; buying again starts from the courses
  const course = p.purpose === COURSE_PURPOSE;
  let tone: Tone;
  let texts: MessageKey[];
  // the API's wording, except while waiting: «در انتظار پرداخت» would read as if nothing was paid
  let title = label(p.statusLabel);
  switch (p.status) {
    case 'paid':
      tone = 'success';
      texts = [
        p.purpose === 'contract-renewal' ? 'payment.paidRenewalText' : invoice ? 'payment.paidInvoiceText' : course ? 'payment.paidCourseText' : 'payment.paidText',
        ...(outcome === 'already-paid' ? (['payment.alreadyPaid'] as const) : []),
        'payment.keepRefId',
      ];
      break;
    case 'pending':
    case 'created':
      tone = 'pending';
      title = t('payment.pendingTitle');
      texts = ['payment.pendingText'];
      break;
    case 'cancelled':
      tone = 'neutral';
      texts = [invoice ? 'payment.invoiceCancelledText' : course ? 'payment.courseCancelledText' : 'payment.cancelledText'];
      break;
    case 'refund_due':
      // paid at the gateway, but what it was for was no longer on offer (a renewal replaced, an invoice paid already): refunded
      tone = 'neutral';
      texts = [invoice ? 'payment.invoiceRefundDueText' : course ? 'payment.courseRefundDueText' : 'payment.refundDueText', 'payment.refundDueNote'];
      break;
    case 'expired':
      tone = 'neutral';
      texts = [invoice ? 'payment.invoiceExpiredText' : course ? 'payment.courseExpiredText' : 'payment.expiredText', 'payment.refundNote'];
      break;
    default:
      tone = 'failure';
      texts = [
        outcome === 'rejected'
          ? invoice
            ? 'payment.invoiceRejectedText'
            : course
              ? 'payment.courseRejectedText'
              : 'payment.rejectedText'
          : invoice
            ? 'payment.invoiceNotPaidText'
            : course
              ? 'payment.courseNotPaidText'
              : 'payment.notPaidText',
        'payment.refundNote',
      ];
  }

  const deviceLink = p.device ? `/devices/${encodeURIComponent(p.device.id)}` : null;
  const unsettled = (tone === 'failure' || tone === 'neutral') && p.status !== 'refund_due';
  const actions = (
    <>
      {course ? (
        // not paid: the course is bought again from the courses; paid: its licence key is under «ویدیوهای من»
        unsettled ? (
          <Link to="/courses" className="button button--primary" data-testid="payment-try-again">
            <Icon name="refresh" size={20} />
            {t('payment.tryAgainCourse')}
          </Link>
        ) : (
          <Link to="/my-videos" className="button button--primary" data-testid="payment-to-my-videos">
            <Icon name="key" size={20} />
            {t('payment.toMyVideos')}
          </Link>
        )
      ) : invoiceLink ? (
        // an invoice not paid is paid again from its page; a paid one shows there as paid
        <Link to={invoiceLink} className="button button--primary" data-testid={unsettled ? 'payment-try-again' : 'payment-to-invoice'}>
          <Icon name={unsettled ? 'refresh' : 'invoice'} size={20} />
          {t(unsettled ? 'payment.tryAgainInvoice' : 'payment.toInvoice')}
        </Link>
      ) : deviceLink && unsettled ? (
        // not paid: choosing the renewal again happens in the device's «ادامهٔ خدمات» section
        <Link to={`${deviceLink}#${SERVICE_SECTION}`} className="button button--primary" data-testid="payment-try-again">
          <Icon name="refresh" size={20} />
          {t('payment.tryAgain')}
        </Link>
      ) : deviceLink ? (
        <Link to={deviceLink} className="button button--primary" data-testid="payment-to-device">
          <Icon name="device" size={20} />
          {t('payment.toDevice')}
        </Link>
      ) : (
        <DevicesLink />
      )}
      {p.hasReceipt && (
        <Link to={`/payments/${encodeURIComponent(p.id)}/receipt`} className="button button--secondary" data-testid="payment-receipt-link">
          <Icon name="receipt" size={20} />
          {t('payment.receipt')}
        </Link>
      )}
      <Link to="/payments" className="button button--secondary">
        <Icon name="card" size={20} />
        {t('payment.allPayments')}
      </Link>
    </>
  );

  return (
    <ResultCard tone={tone} title={title} testStatus={p.status} facts={<Facts className="result__facts" items={facts} />} actions={actions}>
      {texts.map((key) => (
        <p key={key} className={key === 'payment.refundNote' || key === 'payment.keepRefId' || key === 'payment.refundDueNote' ? 'result__note' : undefined}>
          {t(key)}
        </p>
      ))}
      {tone === 'pending' && (
        <div className="result__poll" role="status" data-testid="payment-polling">
          {gaveUp ? (
            <>
              <p>{t(invoice ? 'payment.invoiceStillPending' : course ? 'payment.courseStillPending' : 'payment.stillPending')}</p>
              <button type="button" className="button button--secondary button--small" onClick={checkAgain}>
                <Icon name="refresh" size={18} />
                {t('payment.checkAgain')}
              </button>
            </>
          ) : (
            <p className="result__polling">
              <span className="spinner" aria-hidden="true" />
              <span>{t('payment.polling')}</span>
            </p>
          )}
        </div>
      )}
    </ResultCard>
  );
}

function DevicesLink() {
  const { t } = useI18n();
  return (
    <Link to="/devices" className="button button--primary">
      <Icon name="device" size={20} />
      {t('payment.toDevices')}
    </Link>
  );
}

function ResultCard({ tone, title, testStatus, facts, actions, children }: { tone: Tone; title: string; testStatus: string; facts?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className={`card result result--${tone}`} aria-labelledby="payment-result-title" data-testid="payment-result" data-status={testStatus}>
      <div className="result__head" aria-live="polite">
        <span className="result__icon" aria-hidden="true">
          <Icon name={TONE_ICON[tone]} size={30} />
        </span>
        <h2 id="payment-result-title" className="result__title">
          {title}
        </h2>
      </div>
      <div className="result__text">{children}</div>
      {facts}
      <div className="result__actions">
        {actions ?? <DevicesLink />}
        <Link to="/" className="button button--secondary">
          <Icon name="home" size={20} />
          {t('payment.toDashboard')}
        </Link>
      </div>
    </section>
  );
}
