/**
 * Entering a code sent by SMS — the login code (LoginPage) and the password-reset code
 * (ForgotPasswordPage): whether a code went (or why not, and when to ask again), whom it went to
 * with a way back to change the identifier, and the code's box (six digits in any script).
 */
import { forwardRef } from 'react';
import type { Label } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { TextField } from './TextField';

/** Keeps Latin, Persian and Arabic digits only (a pasted «۱۲۳ ۴۵۶» or 123-456 works), at most 6. */
export const codeDigits = (value: string) => value.replace(/[^0-9\u06F0-\u06F9\u0660-\u0669]/g, '').slice(0, 6);

/** «sent», or nothing sent (a code went moments ago, or the allowance is used) and when to ask again. */
export function CodeSentNotice({ sent, message, testId }: { sent: boolean; message: Label; testId: string }) {
  const { label } = useI18n();
  return (
    <div className={`alert ${sent ? 'alert--info' : 'alert--warn'}`} role="status" data-testid={sent ? `${testId}-sent` : `${testId}-not-sent`}>
      <Icon name={sent ? 'message' : 'info'} size={20} />
      <span>{label(message)}</span>
    </div>
  );
}

/** «the code went to …» with the way back to change the identifier. */
export function CodeRecipient({ text, onChangeIdentifier }: { text: string; onChangeIdentifier: () => void }) {
  const { t } = useI18n();
  return (
    <p className="otp-for">
      <span>{text}</span>
      <button type="button" className="link-button" onClick={onChangeIdentifier}>
        {t('login.changeIdentifier')}
      </button>
    </p>
  );
}

type CodeFieldProps = { label: string; expiresInSeconds: number; error?: string; value: string; onChange: (code: string) => void };

export const CodeField = forwardRef<HTMLInputElement, CodeFieldProps>(function CodeField({ label, expiresInSeconds, error, value, onChange }, ref) {
  const { t } = useI18n();
  return (
    <TextField
      ref={ref}
      className="field--code"
      label={label}
      hint={t('login.codeHint', { minutes: Math.max(1, Math.round(expiresInSeconds / 60)) })}
      error={error}
      name="code"
      type="text"
      inputMode="numeric"
      autoComplete="one-time-code"
      autoCapitalize="off"
      spellCheck={false}
      dir="ltr"
      value={value}
      onChange={(e) => onChange(codeDigits(e.target.value))}
    />
  );
});
