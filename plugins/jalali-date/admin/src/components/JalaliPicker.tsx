/**
 * The Jalali box: a design-system text input in which a date (or a date and a Tehran time) is
 * typed in Persian, Arabic or Latin digits, and a calendar button that opens
 * react-multi-date-picker's Persian calendar (with its time picker for a date-time) in a
 * design-system popover. It works on stored values — an ISO day or a UTC instant — and leaves
 * the field around it (label, hint, error) to its caller.
 */
import * as React from 'react';
import { IconButton, Popover, TextInput } from '@strapi/design-system';
import { Calendar as CalendarIcon, Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import DateObject from 'react-date-object';
import persian from 'react-date-object/calendars/persian';
import { Calendar } from 'react-multi-date-picker';
import TimePicker from 'react-multi-date-picker/plugins/time_picker';
import { styled } from 'styled-components';
import {
  formatStoredValue,
  instantToTehran,
  jalaliToStoredValue,
  parseTypedValue,
  storedValueToJalali,
  type JalaliFieldKind,
} from '../jalali';
import { message } from '../translations';
import { useJalaliLocale } from './useJalaliLocale';

export type JalaliPickerProps = {
  kind: JalaliFieldKind;
  /** the stored value: 'YYYY-MM-DD' (date) or a UTC ISO instant (datetime) */
  value: string | null | undefined;
  onValueChange: (value: string | null) => void;
  /** called with true while the typed text is not a valid entry (after the box is left) */
  onInvalidChange?: (invalid: boolean) => void;
  disabled?: boolean;
  /** a required field has no clear button */
  required?: boolean;
  hasError?: boolean;
  name?: string;
  'aria-label'?: string;
};

export const JalaliPicker = React.forwardRef<HTMLInputElement, JalaliPickerProps>(
  ({ kind, value, onValueChange, onInvalidChange, disabled = false, required = false, hasError, name, 'aria-label': ariaLabel }, ref) => {
    const { formatMessage } = useIntl();
    const { digits, calendarLocale, dir } = useJalaliLocale();
    const [open, setOpen] = React.useState(false);
    const [text, setText] = React.useState(() => formatStoredValue(kind, value, digits));
    const lastEmitted = React.useRef<string | null | undefined>(value);
    const valueAtFocus = React.useRef<string | null | undefined>(value);

    const invalid = React.useRef(false);
    const setInvalid = (next: boolean) => {
      invalid.current = next;
      onInvalidChange?.(next);
    };

    // a value set from outside (the document loaded, changes discarded) replaces the text; the
    // echo of what this box stored does not, so typing is not disturbed
    React.useEffect(() => {
      if ((value ?? null) === (lastEmitted.current ?? null)) return;
      lastEmitted.current = value;
      setText(formatStoredValue(kind, value, digits));
      setInvalid(false);
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [value]);

    // the admin's language changed: the same value in the other digits
    React.useEffect(() => {
      if (!invalid.current) setText(formatStoredValue(kind, value, digits));
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [digits, kind]);

    const emit = (next: string | null) => {
      lastEmitted.current = next;
      if (next !== (value ?? null)) onValueChange(next);
    };

    const handleType = (event: React.ChangeEvent<HTMLInputElement>) => {
      const typed = event.target.value;
      setText(typed);
      const parsed = parseTypedValue(kind, typed);
      if (parsed) {
        setInvalid(false);
        emit(parsed.value);
      }
    };

    const handleBlur = () => {
      const parsed = parseTypedValue(kind, text);
      if (parsed) {
        setText(formatStoredValue(kind, parsed.value, digits));
        setInvalid(false);
        return;
      }
      // a wrong entry keeps its text (and the error beside it) but stores what was there before
      setInvalid(true);
      emit(valueAtFocus.current ?? null);
    };

    const handleClear = () => {
      setText('');
      setInvalid(false);
      emit(null);
    };

    const handlePick = (picked: DateObject | null) => {
      if (!picked) return;
      const stored = jalaliToStoredValue(
        kind,
        { year: picked.year, month: picked.month.number, day: picked.day },
        { hour: picked.hour, minute: picked.minute }
      );
      if (!stored) return;
      setText(formatStoredValue(kind, stored, digits));
      setInvalid(false);
      emit(stored);
      if (kind === 'date') setOpen(false);
    };

    // the calendar shows Tehran's wall clock whatever the browser's time zone: the DateObject is
    // built from the Jalali day and Tehran time, not from an instant
    const shown = storedValueToJalali(kind, value);
    const calendarValue = shown
      ? new DateObject({ calendar: persian, locale: calendarLocale, year: shown.jalali.year, month: shown.jalali.month, day: shown.jalali.day, hour: shown.time.hour, minute: shown.time.minute })
      : null;
    const now = instantToTehran(new Date());
    const startAt = now
      ? new DateObject({ calendar: persian, locale: calendarLocale, year: now.jalali.year, month: now.jalali.month, day: now.jalali.day, hour: now.time.hour, minute: now.time.minute })
      : undefined;

    return (
      <Popover.Root open={open} onOpenChange={setOpen}>
        {/* the calendar lines up with the box's starting edge (the right one, right to left) */}
        <Popover.Anchor>
          <TextInput
            ref={ref}
            name={name}
            aria-label={ariaLabel}
            value={text}
            onChange={handleType}
            onFocus={() => {
              valueAtFocus.current = value;
            }}
            onBlur={handleBlur}
            disabled={disabled}
            hasError={hasError}
            dir={dir}
            autoComplete="off"
            placeholder={formatMessage(message(kind === 'date' ? 'jalali-date.input.placeholder.date' : 'jalali-date.input.placeholder.datetime'))}
            startAction={
              <Popover.Trigger disabled={disabled}>
                <IconButton label={formatMessage(message('jalali-date.input.openCalendar'))} variant="ghost" size="XS" type="button" disabled={disabled}>
                  <CalendarIcon fill="neutral500" />
                </IconButton>
              </Popover.Trigger>
            }
            endAction={
              !required && !disabled && text ? (
                <IconButton label={formatMessage(message('jalali-date.input.clear'))} variant="ghost" size="XS" type="button" onClick={handleClear}>
                  <Cross />
                </IconButton>
              ) : undefined
            }
          />
        </Popover.Anchor>
        <Popover.Content>
          <CalendarFrame>
            <Calendar
              value={calendarValue}
              currentDate={calendarValue ?? startAt}
              onChange={handlePick}
              calendar={persian}
              locale={calendarLocale}
              shadow={false}
              highlightToday
              plugins={kind === 'datetime' ? [<TimePicker key="time" position="bottom" hideSeconds />] : []}
            />
          </CalendarFrame>
        </Popover.Content>
      </Popover.Root>
    );
  }
);

/** react-multi-date-picker's calendar in the admin's colours (light and dark themes) and font. */
const CalendarFrame = styled.div`
  .rmdp-wrapper {
    background-color: ${({ theme }) => theme.colors.neutral0};
    color: ${({ theme }) => theme.colors.neutral800};
    font-family: inherit;
    border-radius: ${({ theme }) => theme.borderRadius};
  }
  .rmdp-header-values,
  .rmdp-day,
  .rmdp-time-picker input,
  .rmdp-time-picker div {
    color: ${({ theme }) => theme.colors.neutral800};
    font-family: inherit;
  }
  .rmdp-time-picker input {
    background: transparent;
  }
  .rmdp-week-day {
    color: ${({ theme }) => theme.colors.neutral600};
  }
  .rmdp-day.rmdp-deactive,
  .rmdp-day.rmdp-disabled {
    color: ${({ theme }) => theme.colors.neutral400};
  }
  .rmdp-day.rmdp-today span {
    background-color: ${({ theme }) => theme.colors.primary100};
    color: ${({ theme }) => theme.colors.primary700};
  }
  .rmdp-day.rmdp-selected span:not(.highlight) {
    background-color: ${({ theme }) => theme.colors.primary600};
    color: ${({ theme }) => theme.colors.neutral0};
    box-shadow: none;
  }
  .rmdp-day:not(.rmdp-disabled, .rmdp-day-hidden) span:hover {
    background-color: ${({ theme }) => theme.colors.primary200};
    color: ${({ theme }) => theme.colors.primary700};
  }
  .rmdp-arrow {
    border-color: ${({ theme }) => theme.colors.primary600};
  }
  .rmdp-arrow-container:hover {
    background-color: ${({ theme }) => theme.colors.primary600};
    box-shadow: none;
  }
  .rmdp-month-picker,
  .rmdp-year-picker {
    background-color: ${({ theme }) => theme.colors.neutral0};
  }
  .rmdp-border-top {
    border-top-color: ${({ theme }) => theme.colors.neutral150};
  }
  .rmdp-calendar :focus {
    outline-color: ${({ theme }) => theme.colors.primary600};
  }
`;
