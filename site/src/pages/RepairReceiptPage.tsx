/**
 * /repairs/:id/receipt — the buyer's own print of their repair receipt: the same content staff
 * print from the admin (GET /api/me/repairs/:id/receipt answers it; the server's repairReceipt()
 * writes both), laid out as the site's print sheet. The receipt is a Persian document, so it stays
 * Persian and right-to-left in the English site too.
 */
import { Link, useParams } from 'react-router-dom';
import { getRepairReceipt } from '../api/me';
import { useResource } from '../api/useResource';
import type { RepairReceipt } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { PrintButton, PrintSheet } from '../components/PrintSheet';

function BackLink({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <Link to={`/repairs/${encodeURIComponent(id)}`} className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('repairs.receiptBack')}
    </Link>
  );
}

export function RepairReceiptPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const receipt = useResource((signal) => getRepairReceipt(id, signal), `repair-receipt:${id}`);

  if (receipt.status === 'ready') return <ReceiptView id={id} receipt={receipt.data} />;
  if (receipt.status === 'error' && receipt.error.status === 404) {
    return (
      <>
        <PageHeader title={t('repairs.notFoundTitle')} before={<BackLink id={id} />} />
        <EmptyState title={t('repairs.notFoundTitle')} icon={<Icon name="wrench" size={36} />}>
          <p>{t('repairs.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('repairs.receiptTitle')} before={<BackLink id={id} />} />
      {receipt.status === 'loading' ? <LoadingState /> : <ErrorState error={receipt.error} onRetry={receipt.reload} />}
    </>
  );
}

function ReceiptView({ id, receipt: r }: { id: string; receipt: RepairReceipt }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('repairs.receiptTitle')} before={<BackLink id={id} />} actions={<PrintButton />} />
      <PrintSheet testId="repair-receipt" lang="fa">
        <header className="print-sheet__head">
          <div>
            <h2 className="print-sheet__title">{r.title}</h2>
            <p className="print-sheet__issuer">{r.issuer}</p>
          </div>
        </header>
        <p className="print-sheet__code-line">
          {r.trackingLabel}:{' '}
          <span className="print-sheet__code" data-testid="repair-receipt-code">
            <Ltr>{r.trackingCode}</Ltr>
          </span>
        </p>
        <table className="print-sheet__table">
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.key} data-testid={`receipt-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td>{row.key === 'serial' ? <Ltr>{row.value}</Ltr> : row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="print-sheet__promise">
          {r.promise.lead} <strong>{r.promise.date}</strong> {r.promise.rest}
        </p>
        {r.refund && <p>{r.refund}</p>}
        <p className="print-sheet__note">{r.followUp}</p>
        <div className="print-sheet__signatures">
          {r.signatures.map((s) => (
            <div key={s}>{s}</div>
          ))}
        </div>
      </PrintSheet>
    </>
  );
}
