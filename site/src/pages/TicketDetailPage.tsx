/**
 * /tickets/:id — one support ticket: its facts (number, kind, priority, device, dates, the
 * preferred visit day, the on-site visit staff booked), when the support team's reply is due, the invoice issued for it, the
 * correspondence history «تاریخچهٔ مکاتبات» (the buyer's messages and the support team's replies,
 * oldest first; bodies as plain text, attachments as downloads) and the reply box. A reply to an
 * answered or closed ticket opens it again (the server's doing).
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { getTicket, replyToTicket } from '../api/me';
import { useResource } from '../api/useResource';
import type { Label, TicketDetail, TicketMessage } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { Facts, Ltr } from '../components/Facts';
import { StatusBadge } from '../components/StatusBadge';
import { Icon } from '../components/Icon';
import { TextArea } from '../components/TextField';
import { AttachmentLinks, AttachmentPicker } from '../components/Attachments';
import { DeviceName, PriorityTag, invoicePath, kindKey } from '../components/TicketParts';
import type { MessageKey } from '../i18n/fa';

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/tickets" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('ticket.back')}
    </Link>
  );
}

export function TicketDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const ticket = useResource((signal) => getTicket(id, signal), `ticket:${id}`);

  if (ticket.status === 'ready') return <TicketView key={id} loaded={ticket.data} />;
  if (ticket.status === 'error' && ticket.error.status === 404) {
    return (
      <>
        <PageHeader title={t('ticket.notFoundTitle')} before={<BackLink />} />
        <EmptyState icon={<Icon name="ticket" size={36} />}>
          <p>{t('ticket.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('ticket.loading')} before={<BackLink />} />
      {ticket.status === 'loading' ? <LoadingState /> : <ErrorState error={ticket.error} onRetry={ticket.reload} />}
    </>
  );
}

/**
 * The thread as shown: the opening description is the first message when the server keeps it
 * as one (the opening message carries the first attachments); otherwise it heads the thread.
 */
const threadOf = (x: TicketDetail): (TicketMessage & { opening?: boolean })[] => {
  const first = x.messages[0];
  if (first && first.author === 'subscriber' && first.body.trim() === x.description.trim()) return [{ ...first, opening: true }, ...x.messages.slice(1)];
  return [{ id: 'description', author: 'subscriber', authorName: null, body: x.description, createdAt: x.createdAt, attachments: [], opening: true }, ...x.messages];
};

function TicketView({ loaded }: { loaded: TicketDetail }) {
  const { t, moment, date, tomans } = useI18n();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created ?? null;
  const [ticket, setTicket] = useState(loaded);
  const [replied, setReplied] = useState(false);
  const createdRef = useRef<HTMLDivElement>(null);

  useEffect(() => setTicket(loaded), [loaded]);
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  const x = ticket;
  const thread = threadOf(x);
  const facts = [
    { label: t('ticket.number'), value: <Ltr>{x.number}</Ltr>, testId: 'ticket-number' },
    { label: t('ticket.kind'), value: t(kindKey(x.kind)) },
    { label: t('ticket.priority'), value: <PriorityTag priority={x.priority} /> },
    { label: t('ticket.device'), value: x.device ? <Link to={`/devices/${encodeURIComponent(x.device.id)}`}><DeviceName device={x.device} /></Link> : null },
    { label: t('ticket.createdAt'), value: moment(x.createdAt) },
    ...(x.channel !== 'site' ? [{ label: t('ticket.channel'), value: t(`ticket.channel.${x.channel}` as MessageKey) }] : []),
    ...(x.preferredVisitDay ? [{ label: t('ticket.visitDay'), value: date(x.preferredVisitDay, 'long'), testId: 'ticket-visit-day' }] : []),
    ...(x.visitScheduledAt ? [{ label: t('ticket.visitScheduled'), value: moment(x.visitScheduledAt), testId: 'ticket-visit-scheduled' }] : []),
    { label: t('ticket.lastActivity'), value: moment(x.lastActivityAt ?? x.createdAt) },
    ...(x.resolvedAt ? [{ label: t('ticket.resolvedAt'), value: moment(x.resolvedAt) }] : []),
  ];

  return (
    <>
      <PageHeader
        title={t('ticket.title', { number: x.number })}
        subtitle={<bdi data-testid="ticket-title">{x.title}</bdi>}
        before={<BackLink />}
        actions={<StatusBadge kind="ticket" status={x.status} size="lg" />}
      />

      {created && (
        <div ref={createdRef} tabIndex={-1} className="alert alert--success" role="status" data-testid="ticket-created">
          <Icon name="check" size={20} />
          <span>{t('ticket.created', { number: created })}</span>
        </div>
      )}

      {x.replyDueAt && x.status !== 'closed' && (
        <div className="alert alert--info" role="note" data-testid="ticket-reply-due">
          <Icon name="clock" size={20} />
          <span>{t('ticket.replyDue', { time: moment(x.replyDueAt) ?? '' })}</span>
        </div>
      )}
      {!x.replyDueAt && x.status === 'answered' && (
        <div className="alert alert--info" role="note" data-testid="ticket-answered-note">
          <Icon name="message" size={20} />
          <span>{t('ticket.waitingForYou')}</span>
        </div>
      )}

      {x.invoice && (
        <section className={`card ticket-invoice ticket-invoice--${x.invoice.status}`} aria-labelledby="ticket-invoice-title" data-testid="ticket-invoice">
          <span className="link-card__icon" aria-hidden="true">
            <Icon name="invoice" size={24} />
          </span>
          <div className="ticket-invoice__text">
            <h2 id="ticket-invoice-title" className="card__title">
              {t('ticket.invoiceTitle')} <StatusBadge kind="invoice" status={x.invoice.status} />
            </h2>
            <p>
              <Ltr>
                <span className="ticket-invoice__number" data-testid="ticket-invoice-number">
                  {x.invoice.number}
                </span>
              </Ltr>{' '}
              · {t('ticket.invoiceAmount', { amount: tomans(x.invoice.totalRials) })}
            </p>
          </div>
          <Link to={invoicePath(x.invoice.id)} className={`button ${x.invoice.status === 'unpaid' ? 'button--primary' : 'button--secondary'} button--small`} data-testid="ticket-invoice-link">
            {t(x.invoice.status === 'unpaid' ? 'ticket.payInvoice' : 'ticket.viewInvoice')}
            <Icon name="chevron" size={16} className="icon--flip-rtl" />
          </Link>
        </section>
      )}

      <div className="ticket-grid">
        <section className="card ticket-thread" aria-labelledby="ticket-history-title">
          <h2 id="ticket-history-title" className="card__title">
            {t('ticket.history')}
          </h2>
          <ol className="thread" data-testid="ticket-thread">
            {thread.map((m) => (
              <MessageItem key={String(m.id)} ticketId={x.id} message={m} />
            ))}
          </ol>
          <ReplyForm
            ticket={x}
            onReplied={(next) => {
              setTicket(next);
              setReplied(true);
            }}
            replied={replied}
            onEdit={() => setReplied(false)}
          />
        </section>

        <section className="card" aria-labelledby="ticket-facts-title">
          <h2 id="ticket-facts-title" className="card__title">
            {t('ticket.detailsTitle')}
          </h2>
          <Facts items={facts} />
        </section>
      </div>
    </>
  );
}

function MessageItem({ ticketId, message: m }: { ticketId: string; message: TicketMessage & { opening?: boolean } }) {
  const { t, moment } = useI18n();
  const staff = m.author === 'staff';
  const who = staff ? m.authorName || t('ticket.staff') : t('ticket.you');
  return (
    <li className={`message message--${staff ? 'staff' : 'subscriber'}`} data-testid="ticket-message" data-author={m.author}>
      <div className="message__head">
        <span className="message__avatar" aria-hidden="true">
          <Icon name={staff ? 'message' : 'user'} size={16} />
        </span>
        <span className="message__who">
          <span className="message__author">
            <bdi>{who}</bdi>
          </span>
          <span className="message__role">{staff ? t('ticket.fromStaff') : m.opening ? t('ticket.description') : t('ticket.fromYou')}</span>
        </span>
        <time className="message__time" dateTime={m.createdAt.iso}>
          {moment(m.createdAt)}
        </time>
      </div>
      {/* plain text, as typed: never markup */}
      <p className="message__body" dir="auto" data-testid="ticket-message-body">
        {m.body}
      </p>
      <AttachmentLinks ticketId={ticketId} attachments={m.attachments} />
    </li>
  );
}

type ReplyProps = { ticket: TicketDetail; onReplied: (ticket: TicketDetail) => void; replied: boolean; onEdit: () => void };

function ReplyForm({ ticket, onReplied, replied, onEdit }: ReplyProps) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<{ body?: Label | 'required'; attachments?: Label }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (replied) doneRef.current?.focus();
  }, [replied]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (!body.trim()) {
      setFieldErrors({ body: 'required' });
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      const next = await replyToTicket(ticket.id, body.trim(), files);
      setBody('');
      setFiles([]);
      onReplied(next);
    } catch (e) {
      const apiError = asApiError(e);
      const bodyError = apiError.fieldErrors.body;
      const attachmentError = Object.entries(apiError.fieldErrors).find(([path]) => path.split('.')[0] === 'attachments')?.[1];
      if (bodyError || attachmentError) {
        setFieldErrors({ body: bodyError, attachments: attachmentError });
        requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      } else {
        setError(apiError);
        requestAnimationFrame(() => errorRef.current?.focus());
      }
    } finally {
      setBusy(false);
    }
  };

  const reopens = ticket.status === 'answered' || ticket.status === 'closed';
  const bodyError = fieldErrors.body === 'required' ? t('errors.required') : fieldErrors.body ? label(fieldErrors.body) : undefined;
  return (
    <form ref={formRef} className="form reply-form" noValidate onSubmit={submit} aria-labelledby="ticket-reply-title" data-testid="ticket-reply">
      <h3 id="ticket-reply-title" className="reply-form__title">
        {t('ticket.replyTitle')}
      </h3>
      {replied && (
        <div ref={doneRef} tabIndex={-1} className="alert alert--success" role="status" data-testid="ticket-reply-sent">
          <Icon name="check" size={20} />
          <span>{t('ticket.replySent')}</span>
        </div>
      )}
      {ticket.status === 'closed' && (
        <p className="legal-note">
          <Icon name="info" size={18} />
          <span>{t('ticket.closedNote')}</span>
        </p>
      )}
      <TextArea
        label={t('ticket.replyLabel')}
        hint={reopens && ticket.status !== 'closed' ? t('ticket.replyReopens') : undefined}
        error={bodyError}
        name="body"
        rows={4}
        maxLength={5000}
        value={body}
        onChange={(value) => {
          setBody(value);
          setFieldErrors((prev) => ({ ...prev, body: undefined }));
          if (replied) onEdit();
        }}
        testId="ticket-reply-body"
      />
      <AttachmentPicker
        files={files}
        onChange={(next) => {
          setFiles(next);
          setFieldErrors((prev) => ({ ...prev, attachments: undefined }));
        }}
        error={fieldErrors.attachments ? label(fieldErrors.attachments) : undefined}
        disabled={busy}
        testId="ticket-reply-attachments"
      />
      {error && (
        <div ref={errorRef} tabIndex={-1} className="alert alert--error" role="alert" data-testid="ticket-reply-error">
          <Icon name="alert" size={20} />
          <span>{errorText(error)}</span>
        </div>
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="ticket-reply-submit">
          <Icon name="message" size={20} />
          {busy ? t('ticket.replySending') : t('ticket.replySubmit')}
        </button>
      </div>
    </form>
  );
}
