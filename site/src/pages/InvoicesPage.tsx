/**
 * /invoices — «فاکتورها»: the outstanding debt (ماندهٔ بدهی) at the top, with the payment warning
 * once it reaches the ceiling, then the buyer's pay-per-case invoices, newest first, paged
 * (?page=): number, date, device, ticket, total in tomans, status; «پرداخت» on an unpaid one goes
 * to the bank's gateway.
 */
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getInvoices } from '../api/me';
import { useResource } from '../api/useResource';
import type { Invoice } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { StackedTableHead } from '../components/StackedTable';
import { StatusBadge } from '../components/StatusBadge';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { Pager, pageOf } from '../components/Pager';
import { DeviceName, invoicePath, ticketPath } from '../components/TicketParts';
import { DebtSummary, PayError, usePayInvoice } from '../components/InvoiceParts';

const searchFor = (page: number) => (page > 1 ? `?page=${page}` : '');

export function InvoicesPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const list = useResource((signal) => getInvoices({ page }, signal), `invoices:${page}`);
  const payment = usePayInvoice(list.reload);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);

  return (
    <>
      <PageHeader
        title={t('invoices.title')}
        subtitle={list.status === 'ready' && list.data.meta.pagination.total > 0 ? t('invoices.count', { count: list.data.meta.pagination.total }) : t('invoices.subtitle')}
      />
      {list.status === 'loading' && <LoadingState />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' && (
        <>
          <DebtSummary debt={list.data.meta.debt} />
          <PayError error={payment.error} />
          {list.data.data.length === 0 ? (
            <EmptyState title={t(page > 1 ? 'invoices.pageEmpty' : 'invoices.empty')} icon={<Icon name="invoice" size={36} />}>
              {page > 1 ? (
                <Link to={{ search: '' }} className="button button--secondary">
                  {t('invoices.firstPage')}
                </Link>
              ) : (
                <p>{t('invoices.emptyHint')}</p>
              )}
            </EmptyState>
          ) : (
            <section className="card" aria-labelledby="invoices-list-title">
              <h2 id="invoices-list-title" className="visually-hidden">
                {t('invoices.title')}
              </h2>
              <InvoicesTable invoices={list.data.data} pay={payment.pay} busyId={payment.busyId} />
              <Pager pagination={list.data.meta.pagination} label={t('invoices.pagination')} searchFor={searchFor} />
              {list.data.data.some((x) => x.status === 'unpaid') && (
                <p className="choice__note">
                  <Icon name="lock" size={16} />
                  <span>{t('invoices.gatewayNote')}</span>
                </p>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}

function InvoicesTable({ invoices, pay, busyId }: { invoices: Invoice[]; pay: (id: string) => void; busyId: string | null }) {
  const { t, moment, tomans } = useI18n();
  const columns = {
    number: t('invoices.number'),
    issued: t('invoices.issuedAt'),
    device: t('invoices.device'),
    ticket: t('invoices.ticket'),
    total: t('invoices.total'),
    status: t('invoices.status'),
    actions: t('invoices.actions'),
  };
  return (
    <table className="table table--stack invoices-table" data-testid="invoices">
      <StackedTableHead columns={columns} />
      <tbody>
        {invoices.map((x) => (
          <tr key={x.id} data-testid="invoice-row" data-invoice-id={x.id} data-status={x.status}>
            <td data-label={columns.number} className="table__number">
              <Link to={invoicePath(x.id)} data-testid="invoice-link">
                <Ltr>{x.number}</Ltr>
              </Link>
            </td>
            <td data-label={columns.issued}>{moment(x.issuedAt) ?? '—'}</td>
            <td data-label={columns.device}>{x.device ? <DeviceName device={x.device} /> : '—'}</td>
            <td data-label={columns.ticket}>
              {x.ticket ? (
                <Link to={ticketPath(x.ticket.id)} className="invoices-table__ticket">
                  <Ltr>{x.ticket.number}</Ltr>
                  <bdi className="invoices-table__ticket-title">{x.ticket.title}</bdi>
                </Link>
              ) : (
                '—'
              )}
            </td>
            <td data-label={columns.total} className="table__number" data-testid="invoice-row-total">
              {tomans(x.totalRials)}
            </td>
            <td data-label={columns.status}>
              <StatusBadge kind="invoice" status={x.status} label={x.statusLabel} />
            </td>
            <td data-label={columns.actions}>
              <span className="payments-table__actions">
                <Link to={invoicePath(x.id)} className="button button--secondary button--small">
                  {t('invoices.view')}
                </Link>
                {x.status === 'unpaid' && (
                  <button type="button" className="button button--primary button--small" onClick={() => pay(x.id)} disabled={busyId !== null} data-testid="invoice-pay">
                    <Icon name="card" size={16} />
                    {busyId === x.id ? t('invoices.paying') : t('invoices.pay')}
                  </button>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
