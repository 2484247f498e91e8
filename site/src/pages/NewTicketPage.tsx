/**
 * /tickets/new — «ثبت تیکت جدید» (seed 001 §4, seed 004): the device (the buyer's devices; one
 * whose service is not active, renewed or pay-per-case is shown but cannot be chosen, with the
 * reason and a link to its renewal choices), the kind (question, fault report, on-site visit
 * request), the priority, the title, the full description, a preferred day for a visit, and
 * images or PDFs. ?device=<id> chooses the device (its page links here). While the title is typed,
 * knowledge-base articles that may answer it («شاید این مطالب کمک کند», TicketSuggestions). The
 * server's field errors are shown on their fields; its `ticketsNotAvailable` refusal with its link.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { getDevices, openTicket } from '../api/me';
import { useResource } from '../api/useResource';
import { TICKET_KINDS, TICKET_PRIORITIES, type Device, type Label, type ServiceStatus, type TicketKind, type TicketPriority } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { TextArea, TextField } from '../components/TextField';
import { JalaliDateField } from '../components/JalaliDateField';
import { StatusBadge } from '../components/StatusBadge';
import { Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { SupportContact } from '../components/ContactDetails';
import { AttachmentPicker } from '../components/Attachments';
import { useDeviceText } from '../components/DeviceParts';
import { kindKey, priorityKey, ticketPath, ticketsAllowed } from '../components/TicketParts';
import { INSTALLATION_SECTION } from '../components/InstallationConfirmation';
import { SERVICE_SECTION } from '../components/ServiceChoices';
import { tehranToday } from '../i18n/format';
import { TicketSuggestions } from '../components/TicketSuggestions';

/** Why a device's tickets are closed, and where that is put right. */
const blockedReason = (status: ServiceStatus): MessageKey =>
  status === 'awaiting_installation' ? 'newTicket.reason.awaiting_installation' : status === 'cancelled' ? 'newTicket.reason.cancelled' : 'newTicket.reason.expired';
const fixFor = (d: Device): { to: string; text: MessageKey } =>
  d.serviceStatus === 'awaiting_installation'
    ? { to: `/devices/${encodeURIComponent(d.id)}#${INSTALLATION_SECTION}`, text: 'newTicket.fix.awaiting_installation' }
    : { to: `/devices/${encodeURIComponent(d.id)}#${SERVICE_SECTION}`, text: 'newTicket.fix.service' };

/** how far ahead a visit may be asked for (src/domain/visit-day.ts) */
const VISIT_DAYS_AHEAD = 90;

/** An ISO day plus `days` calendar days. */
const addDays = (iso: string, days: number) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

const FIELDS = ['device', 'kind', 'priority', 'title', 'description', 'preferredVisitDay', 'attachments'] as const;
type Field = (typeof FIELDS)[number];
type FieldMessage = Label | 'required';

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

/** Only a path on this site is followed from an error's `details.link`. */
const sitePath = (value: unknown): string | null => (typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : null);

/** The `ticketsNotAvailable` refusal's link (`details.link`, or on the device's field error). */
export const refusalLink = (error: ApiError): string | null => {
  const direct = sitePath(error.details.link);
  if (direct) return direct;
  const errors = Array.isArray(error.details.errors) ? (error.details.errors as Array<Record<string, unknown>>) : [];
  for (const e of errors) {
    const link = sitePath(e.link) ?? sitePath((e.details as Record<string, unknown> | undefined)?.link);
    if (link) return link;
  }
  return null;
};

const isNotAvailable = (error: ApiError) =>
  error.code === 'ticketsNotAvailable' ||
  (Array.isArray(error.details.errors) && (error.details.errors as Array<Record<string, unknown>>).some((e) => e.code === 'ticketsNotAvailable'));

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/tickets" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('newTicket.back')}
    </Link>
  );
}

export function NewTicketPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const devices = useResource(getDevices, 'devices');
  return (
    <>
      <PageHeader title={t('newTicket.title')} before={<BackLink />} />
      <section className="card card--ticket-form" aria-labelledby="new-ticket-title" data-testid="new-ticket">
        <h2 id="new-ticket-title" className="visually-hidden">
          {t('newTicket.title')}
        </h2>
        <p className="card__intro">{t('newTicket.intro')}</p>
        {devices.status === 'loading' && <LoadingState />}
        {devices.status === 'error' && <ErrorState error={devices.error} onRetry={devices.reload} />}
        {devices.status === 'ready' &&
          (devices.data.length === 0 ? (
            <EmptyState title={t('newTicket.noDevices')} icon={<Icon name="device" size={36} />}>
              <p>{t('newTicket.noDevicesHint')}</p>
              <SupportContact />
            </EmptyState>
          ) : (
            <TicketForm devices={devices.data} preselect={params.get('device')} />
          ))}
      </section>
    </>
  );
}

function TicketForm({ devices, preselect }: { devices: Device[]; preselect: string | null }) {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const text = useDeviceText();
  const groupId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const open = devices.filter(ticketsAllowed);
  const [deviceId, setDeviceId] = useState(() => {
    const chosen = devices.find((d) => d.id === preselect);
    if (chosen && ticketsAllowed(chosen)) return chosen.id;
    return open.length === 1 ? open[0].id : '';
  });
  const [kind, setKind] = useState<TicketKind>('question');
  const [priority, setPriority] = useState<TicketPriority>('medium');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [visitDay, setVisitDay] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, FieldMessage>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);

  const message = (m: FieldMessage | undefined) => (m === undefined ? undefined : m === 'required' ? t('errors.required') : label(m));
  const clear = (field: Field) => setFieldErrors((prev) => ({ ...prev, [field]: undefined }));
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    // what is plainly missing is said at once; everything else is the server's to judge
    const missing: Partial<Record<Field, FieldMessage>> = {};
    if (!deviceId) missing.device = 'required';
    if (!title.trim()) missing.title = 'required';
    if (!description.trim()) missing.description = 'required';
    setFieldErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const created = await openTicket({
        device: deviceId,
        kind,
        priority,
        title: title.trim(),
        description: description.trim(),
        preferredVisitDay: kind === 'visit' && visitDay ? visitDay : undefined,
        attachments: files,
      });
      navigate(ticketPath(created.id), { state: { created: created.number } });
    } catch (e) {
      const error = asApiError(e);
      const mine: Partial<Record<Field, FieldMessage>> = {};
      for (const [path, value] of Object.entries(error.fieldErrors)) {
        const field = path.split('.')[0] as Field;
        if ((FIELDS as readonly string[]).includes(field) && !mine[field]) mine[field] = value;
      }
      // the refusal names the device field too: said once, above the button, with its link
      if (isNotAvailable(error)) delete mine.device;
      setFieldErrors(mine);
      setBusy(false);
      if (isNotAvailable(error) || Object.keys(mine).length === 0) {
        // the refusal (with its link) and what no field can show go above the button
        setFormError(error);
        requestAnimationFrame(() => errorRef.current?.focus());
      } else focusFirstInvalid();
    }
  };

  const deviceError = message(fieldErrors.device);
  // the device choice's error is announced on (and the focus goes to) the first device that can be chosen
  const firstOpenId = open[0]?.id;
  const notAvailable = formError && isNotAvailable(formError) ? formError : null;
  const fixLink = notAvailable ? refusalLink(notAvailable) : null;

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} data-testid="ticket-form">
      <fieldset className={`fieldset${deviceError ? ' fieldset--invalid' : ''}`} aria-describedby={`${groupId}-device-hint`}>
        <legend className="fieldset__legend">{t('newTicket.device')}</legend>
        <p className="field__hint" id={`${groupId}-device-hint`}>
          {t('newTicket.deviceHint')}
        </p>
        <ul className="device-options" data-testid="ticket-devices">
          {devices.map((d, i) => {
            const allowed = ticketsAllowed(d);
            const fix = fixFor(d);
            const reasonId = `${groupId}-reason-${i}`;
            return (
              <li key={d.id} className={`device-option${allowed ? '' : ' device-option--off'}`} data-testid="ticket-device" data-device-id={d.id} data-allowed={allowed}>
                <label className="device-option__box">
                  <input
                    type="radio"
                    name="device"
                    value={d.id}
                    className="device-option__input"
                    checked={deviceId === d.id}
                    disabled={!allowed}
                    onChange={() => {
                      setDeviceId(d.id);
                      clear('device');
                      setFormError(null);
                    }}
                    aria-invalid={deviceError && d.id === firstOpenId ? true : undefined}
                    aria-describedby={allowed ? undefined : reasonId}
                  />
                  <span className="device-option__text">
                    <span className="device-option__title">{text.title(d)}</span>
                    <span className="device-option__serial">
                      <Ltr>{d.serial}</Ltr>
                    </span>
                  </span>
                  <StatusBadge kind="service" status={d.serviceStatus} label={d.serviceStatusLabel} />
                </label>
                {!allowed && (
                  <p className="device-option__reason" id={reasonId} data-testid="ticket-device-reason">
                    <Icon name="info" size={16} />
                    <span>
                      {t(blockedReason(d.serviceStatus))}{' '}
                      <Link to={fix.to} data-testid="ticket-device-fix">
                        {t(fix.text)}
                      </Link>
                    </span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        {deviceError && (
          <p className="field__error" data-testid="ticket-device-error">
            {deviceError}
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('newTicket.kind')}</legend>
        <div className="option-row option-row--stack" role="radiogroup" aria-describedby={`${groupId}-kind-hint`}>
          {TICKET_KINDS.map((k) => (
            <label key={k} className="option">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => {
                  setKind(k);
                  clear('kind');
                }} className="option__input" data-testid={`ticket-kind-${k}`} />
              <span className="option__label">{t(kindKey(k))}</span>
            </label>
          ))}
        </div>
        <p className="field__hint" id={`${groupId}-kind-hint`}>
          {t(`newTicket.kindHint.${kind}` as MessageKey)}
        </p>
        {fieldErrors.kind && <p className="field__error">{message(fieldErrors.kind)}</p>}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('newTicket.priority')}</legend>
        <div className="option-row" role="radiogroup" aria-describedby={`${groupId}-priority-hint`}>
          {TICKET_PRIORITIES.map((p) => (
            <label key={p} className={`option option--${p}`}>
              <input type="radio" name="priority" value={p} checked={priority === p} onChange={() => {
                  setPriority(p);
                  clear('priority');
                }} className="option__input" data-testid={`ticket-priority-${p}`} />
              <span className="option__label">{t(priorityKey(p))}</span>
            </label>
          ))}
        </div>
        <p className="field__hint" id={`${groupId}-priority-hint`}>
          {t('newTicket.priorityHint')}
        </p>
        {fieldErrors.priority && <p className="field__error">{message(fieldErrors.priority)}</p>}
      </fieldset>

      <TextField
        label={t('newTicket.subject')}
        hint={t('newTicket.subjectHint')}
        error={message(fieldErrors.title)}
        name="title"
        autoComplete="off"
        // the schema's maxLength (src/api/ticket/content-types/ticket/schema.json)
        maxLength={150}
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          clear('title');
        }}
        data-testid="ticket-title"
      />

      <TicketSuggestions title={title} />

      <TextArea
        label={t('newTicket.description')}
        hint={t('newTicket.descriptionHint')}
        error={message(fieldErrors.description)}
        name="description"
        rows={6}
        // the server's limit for a ticket's text (src/domain/text-input.ts, TEXT_FIELDS.ticketBody)
        maxLength={5000}
        value={description}
        onChange={(value) => {
          setDescription(value);
          clear('description');
        }}
        testId="ticket-description"
      />

      {kind === 'visit' && (
        <JalaliDateField
          label={t('newTicket.visitDay')}
          hint={t('newTicket.visitDayHint')}
          error={message(fieldErrors.preferredVisitDay)}
          name="preferredVisitDay"
          value={visitDay}
          max={addDays(tehranToday(), VISIT_DAYS_AHEAD)}
          onChange={(iso) => {
            setVisitDay(iso);
            clear('preferredVisitDay');
          }}
          className="field--date"
        />
      )}

      <AttachmentPicker
        files={files}
        onChange={(next) => {
          setFiles(next);
          clear('attachments');
        }}
        error={message(fieldErrors.attachments)}
        disabled={busy}
        testId="ticket-attachments"
      />

      {formError && (
        <div ref={errorRef} tabIndex={-1} className="alert alert--error" role="alert" data-testid={notAvailable ? 'tickets-not-available' : 'ticket-error'}>
          <Icon name="alert" size={20} />
          <div>
            <p>{errorText(formError)}</p>
            {fixLink && (
              <Link to={fixLink} className="alert__link" data-testid="tickets-not-available-link">
                {t('newTicket.notAvailableLink')}
                <Icon name="chevron" size={16} className="icon--flip-rtl" />
              </Link>
            )}
          </div>
        </div>
      )}

      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy} data-testid="ticket-submit">
          <Icon name="ticket" size={20} />
          {busy ? t('newTicket.submitting') : t('newTicket.submit')}
        </button>
      </div>
    </form>
  );
}
