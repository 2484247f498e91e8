/**
 * A date field in the Jalali calendar: a box in which the date is typed year first in Persian,
 * Arabic or Latin digits («۱۴۰۵/۹/۱۱»), and react-multi-date-picker's Jalali calendar, which
 * opens when the box is tapped or clicked, from the calendar button, or with ↓ in the box (not
 * when the form moves the focus to the box to show its error: the calendar would cover it).
 * Persian month names in the Persian site, their Latin names ("Azar") in the English one —
 * Jalali in both.
 *
 * Keyboard: ↓ in the box moves into the calendar; there the arrow keys move between days, Space
 * or Enter picks one, Escape closes the calendar and returns to the box. The value is the ISO day
 * ('YYYY-MM-DD') the API stores, '' while nothing whole is entered.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Calendar } from 'react-multi-date-picker';
import type DateObject from 'react-date-object';
import { useI18n } from '../i18n/I18nContext';
import { calendarLocale, formatTyped, isoToJalali, jalaliCalendar, jalaliToIso, parseTyped } from '../i18n/jalali-input';
import { Icon } from './Icon';

type Props = {
  label: string;
  hint?: string;
  /** the server's (or the form's) message for this field */
  error?: string;
  name: string;
  /** ISO day, or '' */
  value: string;
  onChange: (iso: string) => void;
  /** the latest day the calendar offers (ISO) */
  max?: string;
  /** something next to the box (the date written out) */
  beside?: ReactNode;
  className?: string;
};

/**
 * Where ↓ lands in the calendar: the chosen day, else today, else the first day that can be
 * picked — in the day grid (the hidden month and year pickers use the same classes).
 */
const DAY_TO_FOCUS = [
  '.rmdp-day-picker .rmdp-day.rmdp-selected',
  '.rmdp-day-picker .rmdp-day.rmdp-today',
  '.rmdp-day-picker .rmdp-day:not(.rmdp-disabled):not(.rmdp-day-hidden):not(.rmdp-deactive)',
];

export function JalaliDateField({ label, hint, error, name, value, onChange, max, beside, className }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const calendarId = `${id}-calendar`;
  const [text, setText] = useState(() => formatTyped(value, lang));
  const [open, setOpen] = useState(false);
  const [typedInvalid, setTypedInvalid] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const lastEmitted = useRef(value);

  // a value set from outside replaces the text; the echo of what this box emitted does not
  useEffect(() => {
    if (value === lastEmitted.current) return;
    lastEmitted.current = value;
    setText(formatTyped(value, lang));
    setTypedInvalid(false);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  // the language changed: the same day in the other digits
  useEffect(() => {
    if (!typedInvalid) setText(formatTyped(value, lang));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lang]);

  // a tap or click outside closes the calendar
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const emit = (iso: string) => {
    lastEmitted.current = iso;
    if (iso !== value) onChange(iso);
  };

  const focusBox = () => inputRef.current?.focus();

  /** the calendar draws its days a frame or two after it opens: wait for them (briefly) */
  const focusCalendar = (framesLeft = 10) =>
    requestAnimationFrame(() => {
      for (const selector of DAY_TO_FOCUS) {
        const day = popoverRef.current?.querySelector<HTMLElement>(selector);
        if (day) {
          day.focus();
          return;
        }
      }
      if (framesLeft > 0) focusCalendar(framesLeft - 1);
    });

  const pick = (picked: DateObject | null) => {
    if (!picked) return;
    const iso = jalaliToIso(picked);
    setText(formatTyped(iso, lang));
    setTypedInvalid(false);
    emit(iso);
    setOpen(false);
    focusBox();
  };

  const onBoxKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || (event.key === 'ArrowUp' && event.altKey)) {
      event.preventDefault();
      setOpen(true);
      focusCalendar();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const onCalendarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      focusBox();
    } else if (event.key === 'Enter' && target.classList.contains('rmdp-day')) {
      // the calendar picks a day with Space; Enter does the same here
      event.preventDefault();
      target.click();
    }
  };

  const shown = error ?? (typedInvalid ? t('date.invalid') : undefined);
  const describedBy = [shown ? errorId : null, hintId].filter(Boolean).join(' ') || undefined;
  const selected = isoToJalali(value, lang);
  const latest = max ? isoToJalali(max, lang) : null;

  const box = (
    <div className="field__control jalali-field" ref={rootRef}>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        dir="ltr"
        className="field__input"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        onClick={() => setOpen(true)}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const iso = parseTyped(typed);
          if (iso) setTypedInvalid(false);
          emit(iso ?? '');
        }}
        onBlur={() => {
          const iso = parseTyped(text);
          if (iso) setText(formatTyped(iso, lang));
          setTypedInvalid(text.trim() !== '' && !iso);
        }}
        onKeyDown={onBoxKeyDown}
      />
      <button
        type="button"
        className="field__adornment"
        aria-label={open ? t('date.closeCalendar') : t('date.openCalendar')}
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        onClick={() => {
          if (open) {
            setOpen(false);
            focusBox();
          } else {
            setOpen(true);
            focusCalendar();
          }
        }}
        data-testid={`${name}-calendar-button`}
      >
        <Icon name="calendar" size={20} />
      </button>
      {open && (
        <div ref={popoverRef} id={calendarId} role="group" aria-label={t('date.calendar')} className="jalali-field__popover" onKeyDown={onCalendarKeyDown} data-testid={`${name}-calendar`}>
          <Calendar
            value={selected}
            currentDate={selected ?? latest ?? undefined}
            onChange={pick}
            calendar={jalaliCalendar}
            locale={calendarLocale(lang)}
            maxDate={latest ?? undefined}
            highlightToday
            monthYearSeparator=" "
            shadow={false}
            className="jalali-field__calendar"
          />
        </div>
      )}
    </div>
  );

  return (
    <div className={`field field--adorned${shown ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {beside ? (
        <div className="field__row">
          {box}
          {beside}
        </div>
      ) : (
        box
      )}
      {shown && (
        <p className="field__error" id={errorId}>
          {shown}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
