/**
 * /warranty and /warranty/:serial — the public warranty validation (seed 002), for anyone, logged
 * in or not: the serial (any digits, case, spaces or dashes — the server normalises it) and,
 * optionally, the hologram code of the warranty card. The answer says whether the serial is
 * registered (a genuine warranty), the device's brand, model and type and until when the warranty
 * runs — never anything about its owner. A lookup puts the serial in the address, so the result
 * can be shared; opening such a link runs the lookup. The hologram code is not put in the address
 * (it is what proves the card).
 */
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, isAbortError, isApiError } from '../api/client';
import { lookupWarranty } from '../api/warranty';
import type { WarrantyLookup, WarrantyRegistered, WarrantyUnregistered } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { TextField } from '../components/TextField';
import { Facts, Ltr } from '../components/Facts';
import { StatusBadge } from '../components/StatusBadge';
import { SupportContact } from '../components/ContactDetails';
import { Icon } from '../components/Icon';
import { useErrorText } from '../components/States';
import { useSecondsLeft } from '../components/useSecondsLeft';

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));

/**
 * The serial as the address shows it: Latin digits and capitals, without spaces or dashes — the
 * server's canonical form in all ordinary cases (its answer's `serial` has the last word).
 */
const tidySerial = (raw: string): string =>
  raw
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .toUpperCase()
    .replace(/[\s\-_./\\\u200c\u200d\u200e\u200f]/g, '');

const pathFor = (serial: string) => `/warranty/${encodeURIComponent(serial)}`;

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: WarrantyLookup }
  | { status: 'error'; error: ApiError };

export function WarrantyPage() {
  const { t, label } = useI18n();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { serial: param } = useParams();

  const [serial, setSerial] = useState(param ?? '');
  const [hologram, setHologram] = useState('');
  const [missingSerial, setMissingSerial] = useState(false);
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  /** no lookup before then (429 with Retry-After) */
  const [throttledUntil, setThrottledUntil] = useState(0);
  const throttledFor = useSecondsLeft(throttledUntil);

  const serialRef = useRef<HTMLInputElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const controller = useRef<AbortController | null>(null);
  /** the serials (as typed, and as the server wrote it) the page is showing: the address moving to one of them is no new lookup */
  const shownFor = useRef(new Set<string>());
  /** the buyer asked (rather than opened a link): the keyboard goes to the answer */
  const focusAnswer = useRef(false);

  const run = useCallback(
    async (raw: string, holo: string) => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      shownFor.current = new Set([tidySerial(raw)]);
      setLookup({ status: 'loading' });
      try {
        const data = await lookupWarranty(raw, holo.trim() || undefined, c.signal);
        if (c.signal.aborted) return;
        shownFor.current.add(data.serial);
        setLookup({ status: 'ready', data });
        // the address carries the serial as the server wrote it
        if (tidySerial(raw) !== data.serial) navigate(pathFor(data.serial), { replace: true });
      } catch (e) {
        if (c.signal.aborted || isAbortError(e)) return;
        const error = asApiError(e);
        if (error.status === 429 && error.retryAfterSeconds) setThrottledUntil(Date.now() + error.retryAfterSeconds * 1000);
        setLookup({ status: 'error', error });
      }
    },
    [navigate]
  );

  // opened with a serial (a shared link, back and forward): look it up; without one: a fresh form
  useEffect(() => {
    if (!param) {
      controller.current?.abort();
      shownFor.current = new Set();
      setLookup({ status: 'idle' });
      setSerial('');
      setHologram('');
      return;
    }
    if (shownFor.current.has(tidySerial(param))) return;
    setSerial(param);
    setHologram('');
    setMissingSerial(false);
    void run(param, '');
  }, [param, run]);

  useEffect(() => () => controller.current?.abort(), []);

  // after the buyer's own lookup, the answer takes the keyboard (and the screen reader) along —
  // unless the buyer has meanwhile gone on to a field (typing the next serial)
  useEffect(() => {
    if ((lookup.status === 'ready' || (lookup.status === 'error' && !lookup.error.fieldErrors.serial)) && focusAnswer.current) {
      focusAnswer.current = false;
      requestAnimationFrame(() => {
        const active = document.activeElement;
        if (!active || active === document.body || active === submitRef.current) answerRef.current?.focus();
      });
    }
  }, [lookup]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (lookup.status === 'loading' || throttledFor > 0) return;
    const raw = serial.trim();
    if (!raw) {
      setMissingSerial(true);
      serialRef.current?.focus();
      return;
    }
    setMissingSerial(false);
    focusAnswer.current = true;
    const tidy = tidySerial(raw) || raw;
    void run(raw, hologram);
    if (param !== tidy) navigate(pathFor(tidy));
  };

  const serialError = missingSerial
    ? t('errors.required')
    : lookup.status === 'error' && lookup.error.fieldErrors.serial
      ? label(lookup.error.fieldErrors.serial)
      : undefined;
  const formError = lookup.status === 'error' && !lookup.error.fieldErrors.serial ? lookup.error : null;

  return (
    <div className="page-narrow">
      <PageHeader title={t('warranty.title')} subtitle={t('warranty.subtitle')} />

      <section className="card warranty-form" aria-labelledby="warranty-form-title">
        <h2 id="warranty-form-title" className="visually-hidden">
          {t('warranty.formTitle')}
        </h2>
        <p className="card__intro">{t('warranty.intro')}</p>
        <form className="form" onSubmit={submit} noValidate role="search" aria-label={t('warranty.formTitle')}>
          <TextField
            ref={serialRef}
            label={t('warranty.serial')}
            hint={t('warranty.serialHint')}
            error={serialError}
            name="serial"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={80}
            value={serial}
            onChange={(e) => {
              setSerial(e.target.value);
              setMissingSerial(false);
            }}
            className="field--serial"
            data-testid="warranty-serial"
          />
          <TextField
            label={t('warranty.hologram')}
            hint={t('warranty.hologramHint')}
            name="hologram"
            type="text"
            dir="ltr"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={80}
            value={hologram}
            onChange={(e) => setHologram(e.target.value)}
            data-testid="warranty-hologram"
          />
          <button ref={submitRef} type="submit" className="button button--primary warranty-form__submit" disabled={lookup.status === 'loading' || throttledFor > 0} data-testid="warranty-submit">
            <Icon name="shield" size={20} />
            {lookup.status === 'loading' ? t('warranty.submitting') : throttledFor > 0 ? t('warranty.waitSeconds', { seconds: throttledFor }) : t('warranty.submit')}
          </button>
        </form>
      </section>

      <div ref={answerRef} tabIndex={-1} className="warranty-answer" aria-live="polite" aria-busy={lookup.status === 'loading'}>
        {lookup.status === 'loading' && (
          <div className="state state--loading" data-testid="warranty-loading">
            <span className="spinner" aria-hidden="true" />
            <span>{t('warranty.submitting')}</span>
          </div>
        )}
        {formError && (
          <div className="alert alert--error" role="alert" data-testid="warranty-error">
            <Icon name="alert" size={20} />
            <span>{errorText(formError)}</span>
          </div>
        )}
        {lookup.status === 'ready' &&
          (lookup.data.registered ? (
            <GenuineResult data={lookup.data} />
          ) : (
            <UnregisteredResult data={lookup.data} />
          ))}
      </div>
    </div>
  );
}

function CopyLink() {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="verdict__share">
      <button type="button" className="button button--secondary button--small" onClick={copy} data-testid="warranty-copy-link">
        <Icon name={copied ? 'check' : 'link'} size={18} />
        {copied ? t('warranty.linkCopied') : t('warranty.copyLink')}
      </button>
    </div>
  );
}

function GenuineResult({ data }: { data: WarrantyRegistered }) {
  const { t, lang, date } = useI18n();
  const { warranty } = data;
  const typeName = data.deviceType ? (lang === 'en' ? data.deviceType.nameEn || data.deviceType.name : data.deviceType.name) : null;
  const validity =
    warranty.status === 'valid' && warranty.validUntil
      ? { tone: 'valid', text: t('warranty.validUntil', { date: date(warranty.validUntil, 'long') ?? '' }) }
      : warranty.status === 'expired' && warranty.expiredSince
        ? { tone: 'expired', text: t('warranty.expiredSince', { date: date(warranty.expiredSince, 'long') ?? '' }) }
        : { tone: 'none', text: t('warranty.noEndDate') };

  return (
    <Verdict registered icon="shield" title={t('warranty.genuineTitle')} text={t('warranty.genuineText')}>
      {data.hologram !== 'not-checked' && <HologramResult result={data.hologram} />}

      <p className={`verdict__validity verdict__validity--${validity.tone}`} data-testid="warranty-validity">
        <Icon name="calendar" size={20} />
        <span>{validity.text}</span>
      </p>

      <Facts
        columns={2}
        className="verdict__facts"
        items={[
          { label: t('device.serial'), value: <Ltr>{data.serial}</Ltr>, testId: 'warranty-serial-shown' },
          { label: t('device.brandModel'), value: [data.brand, data.model].filter(Boolean).join(' ') || null },
          { label: t('device.type'), value: typeName },
          { label: t('device.warrantyStatus'), value: <StatusBadge kind="warranty" status={warranty.status} label={warranty.label} /> },
        ]}
      />

      <p className="verdict__privacy">
        <Icon name="lock" size={16} />
        <span>{t('warranty.privacy')}</span>
      </p>
    </Verdict>
  );
}

const HOLOGRAM_TONE = { verified: 'success', mismatch: 'warn', 'not-available': 'info' } as const;
const HOLOGRAM_ICON = { verified: 'check', mismatch: 'alert', 'not-available': 'info' } as const;

function HologramResult({ result }: { result: 'verified' | 'mismatch' | 'not-available' }) {
  const { t } = useI18n();
  return (
    <div className={`alert alert--${HOLOGRAM_TONE[result]} hologram`} role={result === 'mismatch' ? 'alert' : undefined} data-testid="warranty-hologram-result" data-hologram={result}>
      <Icon name={HOLOGRAM_ICON[result]} size={20} />
      <span>
        <strong className="hologram__title">{t(`warranty.hologram.${result}.title` as MessageKey)}</strong> {t(`warranty.hologram.${result}` as MessageKey)}
      </span>
    </div>
  );
}

function UnregisteredResult({ data }: { data: WarrantyUnregistered }) {
  const { t, label } = useI18n();
  return (
    <Verdict registered={false} icon="alert" title={t('warranty.unregisteredTitle')} text={label(data.message)} textTestId="warranty-message">
      <Facts items={[{ label: t('warranty.serialAsked'), value: <Ltr>{data.serial}</Ltr>, testId: 'warranty-serial-shown' }]} />
      <div className="verdict__report" data-testid="warranty-report">
        <h3 className="verdict__report-title">
          <Icon name="message" size={18} />
          {t('warranty.reportTitle')}
        </h3>
        <p>{label(data.report)}</p>
        <Link to="/complaints/new" className="verdict__complaint" data-testid="warranty-complaint-link">
          <Icon name="megaphone" size={18} />
          {t('warranty.reportComplaint')}
          <Icon name="chevron" size={16} className="icon--flip-rtl" />
        </Link>
        <SupportContact />
      </div>
    </Verdict>
  );
}

/** The answer's card: the verdict (icon, title, one line), what it says in detail, the share link. */
function Verdict({
  registered,
  icon,
  title,
  text,
  textTestId,
  children,
}: {
  registered: boolean;
  icon: 'shield' | 'alert';
  title: string;
  text: string;
  textTestId?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`card verdict verdict--${registered ? 'genuine' : 'unregistered'}`}
      aria-labelledby="verdict-title"
      data-testid="warranty-result"
      data-registered={String(registered)}
    >
      <div className="verdict__head">
        <span className="verdict__icon" aria-hidden="true">
          <Icon name={icon} size={30} />
        </span>
        <div className="verdict__heading">
          <h2 id="verdict-title" className="verdict__title" data-testid="warranty-verdict">
            {title}
          </h2>
          <p className="verdict__text" data-testid={textTestId}>
            {text}
          </p>
        </div>
      </div>
      {children}
      <CopyLink />
    </section>
  );
}
