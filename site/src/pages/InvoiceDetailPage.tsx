/**
 * /invoices/:id — one pay-per-case invoice as a printable sheet: number, dates, device, ticket,
 * the lines (description, quantity, unit, unit price, amount — from the rate table by the
 * difficulty and volume of the work) and the total in tomans; «پرداخت» while it is unpaid (the
 * bank's gateway, back to /payments/:id), «چاپ فاکتور» to print it.
 */
import { Link, useParams } from 'react-router-dom';
import { StackedTableHead } from '../components/StackedTable';
import { getInvoice } from '../api/me';
import { useResource } from '../api/useResource';
import type { Invoice } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Ltr } from '../components/Facts';
import { StatusBadge } from '../components/StatusBadge';
import { Icon } from '../components/Icon';
import { PrintButton, PrintSheet } from '../components/PrintSheet';
import { DeviceName, ticketPath } from '../components/TicketParts';
import { PayError, usePayInvoice } from '../components/InvoiceParts';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/invoices" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('invoice.back')}
    </Link>
  );
}

export function InvoiceDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const invoice = useResource((signal) => getInvoice(id, signal), `invoice:${id}`);

  if (invoice.status === 'ready') return <InvoiceView invoice={invoice.data} reload={invoice.reload} />;
  if (invoice.status === 'error' && invoice.error.status === 404) {
    return (
      <>
        <PageHeader title={t('invoice.notFoundTitle')} before={<BackLink />} />
        <EmptyState icon={<Icon name="invoice" size={36} />}>
          <p>{t('invoice.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('invoice.loading')} before={<BackLink />} />
      {invoice.status === 'loading' ? <LoadingState /> : <ErrorState error={invoice.error} onRetry={invoice.reload} />}
    </>
  );
}

function InvoiceView({ invoice: x, reload }: { invoice: Invoice; reload: () => void }) {
  const { t, label, moment, tomans, num } = useI18n();
  const payment = usePayInvoice(reload);
  const unpaid = x.status === 'unpaid';
  const columns = {
    description: t('invoice.description'),
    quantity: t('invoice.quantity'),
    unit: t('invoice.unit'),
    unitPrice: t('invoice.unitPrice'),
    amount: t('invoice.amount'),
  };
  const payButton = (
    <button type="button" className="button button--primary" onClick={() => void payment.pay(x.id)} disabled={payment.busyId !== null} data-testid="invoice-pay">
      <Icon name="card" size={20} />
      {payment.busyId ? t('invoices.paying') : t('invoice.pay', { amount: tomans(x.totalRials) })}
    </button>
  );

  return (
    <>
      <PageHeader
        title={t('invoice.title', { number: x.number })}
        before={<BackLink />}
        actions={
          <>
            <StatusBadge kind="invoice" status={x.status} label={x.statusLabel} size="lg" />
            <PrintButton label={t('invoice.print')} />
          </>
        }
      />
      <PayError error={payment.error} />
      {x.status === 'paid' && x.paidAt && (
        <div className="alert alert--success" role="note" data-testid="invoice-paid-note">
          <Icon name="check" size={20} />
          <span>{t('invoice.paidNote', { time: moment(x.paidAt) ?? '' })}</span>
        </div>
      )}
      {x.status === 'void' && (
        <div className="alert alert--info" role="note">
          <Icon name="info" size={20} />
          <span>{t('invoice.voidNote')}</span>
        </div>
      )}

      <PrintSheet testId="invoice">
        <header className="print-sheet__head">
          <div>
            <h2 className="print-sheet__title">{t('invoice.sheetTitle')}</h2>
            <p className="print-sheet__issuer">{t('receipt.issuer')}</p>
          </div>
          {x.status === 'paid' && (
            <span className="print-sheet__stamp">
              <Icon name="check" size={18} />
              {t('status.invoice.paid')}
            </span>
          )}
        </header>
        <dl className="invoice-facts">
          <div>
            <dt>{t('invoice.number')}</dt>
            <dd data-testid="invoice-number">
              <Ltr>{x.number}</Ltr>
            </dd>
          </div>
          <div>
            <dt>{t('invoice.issuedAt')}</dt>
            <dd>{moment(x.issuedAt) ?? '—'}</dd>
          </div>
          {x.paidAt && (
            <div>
              <dt>{t('invoice.paidAt')}</dt>
              <dd>{moment(x.paidAt)}</dd>
            </div>
          )}
          {x.device && (
            <div>
              <dt>{t('invoice.device')}</dt>
              <dd>
                <DeviceName device={x.device} />
              </dd>
            </div>
          )}
          {x.ticket && (
            <div className="invoice-facts__wide">
              <dt>{t('invoice.ticket')}</dt>
              <dd>
                <Link to={ticketPath(x.ticket.id)} data-testid="invoice-ticket-link">
                  <Ltr>{x.ticket.number}</Ltr>
                </Link>{' '}
                — <bdi>{x.ticket.title}</bdi>
              </dd>
            </div>
          )}
        </dl>

        <h3 className="invoice-lines__title">{t('invoice.linesTitle')}</h3>
        <table className="invoice-lines" data-testid="invoice-lines">
          <StackedTableHead columns={columns} />
          <tbody>
            {x.lines.map((line, i) => (
              <tr key={i} data-testid="invoice-line">
                <td data-label={columns.description}>{label(line.description)}</td>
                <td data-label={columns.quantity} className="table__number">
                  {num(line.quantity)}
                </td>
                <td data-label={columns.unit}>{label(line.unit)}</td>
                <td data-label={columns.unitPrice} className="table__number">
                  {tomans(line.unitRials)}
                </td>
                <td data-label={columns.amount} className="table__number" data-testid="invoice-line-amount">
                  {tomans(line.amountRials)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="invoice-lines__total">
              <th scope="row" colSpan={4}>
                {t('invoice.total')}
              </th>
              <td className="table__number" data-label={t('invoice.total')} data-testid="invoice-total">
                {tomans(x.totalRials)}
              </td>
            </tr>
          </tfoot>
        </table>
        <p className="print-sheet__note">{t('invoice.basis')}</p>
      </PrintSheet>

      {unpaid && (
        <div className="invoice-pay">
          {payButton}
          <p className="choice__note">
            <Icon name="lock" size={16} />
            <span>{t('invoices.gatewayNote')}</span>
          </p>
        </div>
      )}
    </>
  );
}
