/**
 * /tickets — «تیکت‌های پشتیبانی»: the buyer's support tickets, latest activity first, paged
 * (?page=): number, title, device, status, priority, last activity and, while the support team
 * owes a reply, when it is due («پاسخ تا …»). «ثبت تیکت جدید» opens the form.
 */
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { getTickets } from '../api/me';
import { useResource } from '../api/useResource';
import type { TicketSummary } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { StackedTableHead } from '../components/StackedTable';
import { StatusBadge } from '../components/StatusBadge';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { Pager, pageOf } from '../components/Pager';
import { DeviceName, NewTicketLink, PriorityTag, isOpenTicket, kindKey, ticketPath } from '../components/TicketParts';

const searchFor = (page: number) => (page > 1 ? `?page=${page}` : '');

export function TicketsPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  const list = useResource((signal) => getTickets({ page }, signal), `tickets:${page}`);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);

  const total = list.status === 'ready' ? list.data.meta.pagination.total : 0;
  const open = list.status === 'ready' ? list.data.data.filter((x) => isOpenTicket(x.status)).length : 0;

  return (
    <>
      <PageHeader
        title={t('tickets.title')}
        subtitle={list.status === 'ready' && total > 0 && list.data.meta.pagination.pageCount <= 1 ? t('tickets.count', { count: total, open }) : undefined}
        actions={<NewTicketLink />}
      />
      {list.status === 'loading' && <LoadingState />}
      {list.status === 'error' && <ErrorState error={list.error} onRetry={list.reload} />}
      {list.status === 'ready' &&
        (list.data.data.length === 0 ? (
          <EmptyState title={t(page > 1 ? 'tickets.pageEmpty' : 'tickets.empty')} icon={<Icon name="ticket" size={36} />}>
            {page > 1 ? (
              <Link to={{ search: '' }} className="button button--secondary">
                {t('tickets.firstPage')}
              </Link>
            ) : (
              <p>{t('tickets.emptyHint')}</p>
            )}
          </EmptyState>
        ) : (
          <section className="card" aria-labelledby="tickets-list-title">
            <h2 id="tickets-list-title" className="visually-hidden">
              {t('tickets.title')}
            </h2>
            <TicketsTable tickets={list.data.data} />
            <Pager pagination={list.data.meta.pagination} label={t('tickets.pagination')} searchFor={searchFor} />
          </section>
        ))}
    </>
  );
}

function TicketsTable({ tickets }: { tickets: TicketSummary[] }) {
  const { t, moment } = useI18n();
  const columns = {
    number: t('tickets.number'),
    subject: t('tickets.subject'),
    device: t('tickets.device'),
    status: t('tickets.status'),
    priority: t('tickets.priority'),
    activity: t('tickets.lastActivity'),
  };
  return (
    <table className="table table--stack tickets-table" data-testid="tickets">
      <StackedTableHead columns={columns} />
      <tbody>
        {tickets.map((x) => (
          <tr key={x.id} data-testid="ticket-row" data-ticket-id={x.id} data-status={x.status}>
            <td data-label={columns.number} className="table__number">
              <Ltr>{x.number}</Ltr>
            </td>
            <td data-label={columns.subject} className="tickets-table__subject">
              <span>
                <Link to={ticketPath(x.id)} className="tickets-table__title" data-testid="ticket-link">
                  <bdi>{x.title}</bdi>
                </Link>
                <span className="tickets-table__kind">{t(kindKey(x.kind))}</span>
              </span>
            </td>
            <td data-label={columns.device}>{x.device ? <DeviceName device={x.device} /> : '—'}</td>
            <td data-label={columns.status}>
              <StatusBadge kind="ticket" status={x.status} />
            </td>
            <td data-label={columns.priority}>
              <PriorityTag priority={x.priority} />
            </td>
            <td data-label={columns.activity}>
              <span className="tickets-table__activity">
                <span>{moment(x.lastActivityAt ?? x.createdAt)}</span>
                {x.replyDueAt && (
                  <span className="reply-due" data-testid="ticket-reply-due">
                    <Icon name="clock" size={14} />
                    {t('tickets.replyDue', { time: moment(x.replyDueAt) ?? '' })}
                  </span>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
