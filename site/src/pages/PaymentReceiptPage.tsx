/**
 * /payments/:id/receipt — the printable receipt of a paid payment: the gateway's tracking code,
 * the amount in tomans and rials, what was bought, the device, the period paid for, the payer, and
 * the date and time (Jalali, Tehran). An unpaid payment has none (the API answers 409, shown with
 * its reason); another subscriber's payment is not found.
 */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { getPaymentReceipt } from '../api/me';
import { useResource } from '../api/useResource';
import type { PaymentReceipt } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { PrintButton, PrintSheet } from '../components/PrintSheet';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/payments" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('receipt.back')}
    </Link>
  );
}

const GATEWAY_NAMES: Record<string, MessageKey> = { zarinpal: 'receipt.gateway.zarinpal', sandbox: 'receipt.gateway.sandbox' };

export function PaymentReceiptPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { id = '' } = useParams();
  const receipt = useResource((signal) => getPaymentReceipt(id, signal), `payment-receipt:${id}`);

  if (receipt.status === 'ready') return <ReceiptView receipt={receipt.data} />;
  if (receipt.status === 'error' && (receipt.error.status === 404 || receipt.error.status === 409)) {
    const notPaid = receipt.error.status === 409;
    return (
      <>
        <PageHeader title={t('receipt.title')} before={<BackLink />} />
        <div data-testid="receipt-refused" data-reason={notPaid ? 'not-paid' : 'not-found'}>
          <EmptyState title={t(notPaid ? 'receipt.notPaidTitle' : 'receipt.notFoundTitle')} icon={<Icon name="receipt" size={36} />}>
            <p>{notPaid ? errorText(receipt.error) : t('payment.notFoundText')}</p>
            {notPaid && (
              <Link to={`/payments/${encodeURIComponent(id)}`} className="button button--secondary">
                {t('receipt.toPayment')}
              </Link>
            )}
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('receipt.title')} before={<BackLink />} />
      {receipt.status === 'loading' ? <LoadingState /> : <ErrorState error={receipt.error} onRetry={receipt.reload} />}
    </>
  );
}

function ReceiptView({ receipt: r }: { receipt: PaymentReceipt }) {
  const { t, label, moment, date, num, digits, tomans } = useI18n();
  const rows: { key: string; label: string; value: ReactNode }[] = [
    { key: 'refId', label: t('receipt.refId'), value: r.refId ? <Ltr>{digits(r.refId)}</Ltr> : null },
    { key: 'paidAt', label: t('receipt.paidAt'), value: r.paidAt ? t('receipt.tehranTime', { time: moment(r.paidAt) ?? '' }) : null },
    { key: 'amountTomans', label: t('receipt.amountTomans'), value: tomans(r.amountRials) },
    { key: 'amountRials', label: t('receipt.amountRials'), value: `${num(r.amountRials)} ${t('money.rial')}` },
    { key: 'for', label: t('receipt.for'), value: r.kind ? label(r.kind) : r.description },
    {
      key: 'device',
      label: t('receipt.device'),
      value: r.device ? (
        <>
          {[r.device.brand, r.device.model].filter(Boolean).join(' ') || t('device.unnamed')} · <Ltr>{r.device.serial}</Ltr>
        </>
      ) : null,
    },
    {
      key: 'period',
      label: t('receipt.period'),
      value: r.period?.start && r.period.end ? t('payments.periodValue', { start: date(r.period.start, 'long') ?? '', end: date(r.period.end, 'long') ?? '' }) : null,
    },
    {
      key: 'payer',
      label: t('receipt.payer'),
      value: r.subscriber.fullName ? t('receipt.payerValue', { name: r.subscriber.fullName, number: digits(r.subscriber.subscriberNumber ?? '') }) : null,
    },
    { key: 'gateway', label: t('receipt.gateway'), value: GATEWAY_NAMES[r.gateway] ? t(GATEWAY_NAMES[r.gateway]) : r.gateway },
    { key: 'card', label: t('receipt.card'), value: r.cardPan ? <Ltr>{digits(r.cardPan)}</Ltr> : null },
  ].filter((row) => row.value !== null && row.value !== '');

  return (
    <>
      <PageHeader title={t('receipt.title')} before={<BackLink />} actions={<PrintButton label={t('receipt.print')} />} />
      <PrintSheet testId="payment-receipt">
        <header className="print-sheet__head">
          <div>
            <h2 className="print-sheet__title">{t('receipt.title')}</h2>
            <p className="print-sheet__issuer">{t('receipt.issuer')}</p>
          </div>
          <span className="print-sheet__stamp">
            <Icon name="check" size={18} />
            {t('receipt.paid')}
          </span>
        </header>
        <table className="print-sheet__table">
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`receipt-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-sheet__note">{t('receipt.note')}</p>
      </PrintSheet>
    </>
  );
}
