/**
 * /payments — «پرداخت‌ها»: the buyer's online payments, newest first, paged (?page=): when, what
 * for (the plan, the device, the period it pays for), the amount in tomans, the status, the
 * gateway's tracking code; each opens its result page, and a paid one its printable receipt.
 * Reached from the profile and each device's page.
 */
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getPayments } from '../api/me';
import { useResource } from '../api/useResource';
import type { Payment } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { StackedTableHead } from '../components/StackedTable';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { Pager, pageOf } from '../components/Pager';

const searchFor = (page: number) => (page > 1 ? `?page=${page}` : '');

export function PaymentsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const list = useResource((signal) => getPayments({ page }, signal), `payments:${page}`);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);

  return (
    <>
      <PageHeader
        title={t('payments.title')}
        subtitle={list.status === 'ready' && list.data.meta.pagination.total > 0 ? t('payments.count', { count: list.data.meta.pagination.total }) : undefined}
      />
      {list.status === 'loading' && <LoadingState />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' &&
        (list.data.data.length === 0 ? (
          <EmptyState title={t(page > 1 ? 'payments.pageEmpty' : 'payments.empty')} icon={<Icon name="receipt" size={36} />}>
            {page > 1 ? (
              <Link to={{ search: '' }} className="button button--secondary">
                {t('payments.firstPage')}
              </Link>
            ) : (
              t('payments.emptyHint')
            )}
          </EmptyState>
        ) : (
          <section className="card" aria-labelledby="payments-list-title">
            <h2 id="payments-list-title" className="visually-hidden">
              {t('payments.title')}
            </h2>
            <PaymentsTable payments={list.data.data} />
            <Pager pagination={list.data.meta.pagination} label={t('payments.pagination')} searchFor={searchFor} />
          </section>
        ))}
    </>
  );
}

function PaymentsTable({ payments }: { payments: Payment[] }) {
  const { t, label, moment, date, tomans, digits } = useI18n();
  const columns = {
    date: t('payments.date'),
    for: t('payments.for'),
    period: t('payments.period'),
    amount: t('payments.amount'),
    status: t('payments.status'),
    refId: t('payments.refId'),
    actions: t('payments.actions'),
  };
  return (
    <table className="table table--stack payments-table" data-testid="payments">
      <StackedTableHead columns={columns} />
      <tbody>
        {payments.map((p) => (
          <tr key={p.id} data-testid="payment-row" data-payment-id={p.id} data-status={p.status}>
            <td data-label={columns.date}>{moment(p.createdAt) ?? '—'}</td>
            <td data-label={columns.for}>
              <span className="payments-table__for">
                <span className="payments-table__kind">{p.kind ? label(p.kind) : t('payments.other')}</span>
                {p.device && (
                  <Link to={`/devices/${encodeURIComponent(p.device.id)}`} className="payments-table__device">
                    {[p.device.brand, p.device.model].filter(Boolean).join(' ') || t('device.unnamed')} · <Ltr>{p.device.serial}</Ltr>
                  </Link>
                )}
              </span>
            </td>
            <td data-label={columns.period}>
              {p.period?.start && p.period.end ? t('payments.periodValue', { start: date(p.period.start) ?? '', end: date(p.period.end) ?? '' }) : '—'}
            </td>
            <td data-label={columns.amount} className="table__number" data-testid="payment-row-amount">
              {tomans(p.amountRials)}
            </td>
            <td data-label={columns.status}>
              <span className={`pill pill--payment-${p.status}`}>{label(p.statusLabel)}</span>
            </td>
            <td data-label={columns.refId}>{p.refId ? <Ltr>{digits(p.refId)}</Ltr> : '—'}</td>
            <td data-label={columns.actions}>
              <span className="payments-table__actions">
                <Link to={`/payments/${encodeURIComponent(p.id)}`} className="button button--secondary button--small">
                  {t('payments.view')}
                </Link>
                {p.hasReceipt && (
                  <Link to={`/payments/${encodeURIComponent(p.id)}/receipt`} className="button button--primary button--small" data-testid="payment-receipt-link">
                    <Icon name="receipt" size={16} />
                    {t('payments.receipt')}
                  </Link>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
