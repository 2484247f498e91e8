/** Labelled text inputs (one line: TextField; several: TextArea) with their hint and error wired for screen readers. */
import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  hint?: string;
  error?: string;
  /** something inside the input's box (e.g. a show-password button) */
  adornment?: ReactNode;
  /** something next to the input's box (e.g. the Jalali form of a date) */
  beside?: ReactNode;
};

export const TextField = forwardRef<HTMLInputElement, Props>(function TextField({ label, hint, error, adornment, beside, className, ...input }, ref) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${adornment ? ' field--adorned' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {beside ? (
        <div className="field__row">
          <div className="field__control">
            <input ref={ref} id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
            {adornment}
          </div>
          {beside}
        </div>
      ) : (
        <div className="field__control">
          <input ref={ref} id={id} className="field__input" aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
          {adornment}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
});

/** A labelled multi-line text box with its hint and error wired for screen readers. */
export function TextArea({
  label,
  hint,
  error,
  name,
  rows = 5,
  value,
  onChange,
  testId,
  disabled,
  maxLength,
}: {
  label: string;
  hint?: string;
  error?: string;
  name: string;
  rows?: number;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  disabled?: boolean;
  maxLength?: number;
}) {
  const id = useId();
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={rows}
        className="field__input field__textarea"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        maxLength={maxLength}
        dir="auto"
        data-testid={testId}
      />
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * A mobile number's box: typed as a phone number (the phone keypad), left-to-right, at most 20
 * characters (digits in any script, spaces, +98 — the server normalises and validates them).
 * `onValue` gets what was typed.
 */
export const MobileField = forwardRef<HTMLInputElement, Omit<Props, 'type' | 'inputMode' | 'dir' | 'maxLength' | 'onChange'> & { onValue: (value: string) => void }>(
  function MobileField({ onValue, autoComplete = 'tel', ...rest }, ref) {
    return <TextField ref={ref} type="tel" inputMode="tel" dir="ltr" maxLength={20} autoComplete={autoComplete} onChange={(e) => onValue(e.target.value)} {...rest} />;
  }
);
