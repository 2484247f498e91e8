/**
 * A checkbox with its text, the whole row clickable, and its error under it: the installation
 * checklist, the formal confirmation of an ownership transfer. `final` marks the decisive tick.
 */
import { useId, type ReactNode } from 'react';

export function Check({
  checked,
  onChange,
  label,
  error,
  final = false,
  testId,
}: {
  checked: boolean;
  onChange: (value: boolean) => void;
  label: ReactNode;
  error?: string;
  final?: boolean;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className={`check${final ? ' check--final' : ''}${error ? ' check--invalid' : ''}`}>
      <label className="check__box" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          className="check__input"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid={testId}
        />
        <span className="check__label">{label}</span>
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
