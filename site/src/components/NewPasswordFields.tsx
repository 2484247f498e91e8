/**
 * The new password, typed twice, with the rule the server applies (src/domain/password.ts) as the
 * hint: on the profile page («تغییر رمز عبور») and in the reset flow. One button shows both.
 */
import { useState, type Ref } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { TextField } from './TextField';
import { Icon } from './Icon';

export type NewPasswordField = 'newPassword' | 'repeatPassword';

type Props = {
  newPassword: string;
  repeat: string;
  onNewPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  errors: Partial<Record<NewPasswordField, string | undefined>>;
  newPasswordRef?: Ref<HTMLInputElement>;
};

export function NewPasswordFields({ newPassword, repeat, onNewPassword, onRepeat, errors, newPasswordRef }: Props) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <>
      <TextField
        ref={newPasswordRef}
        label={t('password.new')}
        hint={t('password.rule')}
        error={errors.newPassword}
        name="newPassword"
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        dir="ltr"
        value={newPassword}
        onChange={(e) => onNewPassword(e.target.value)}
        adornment={
          <button
            type="button"
            className="field__adornment"
            onClick={() => setShown((v) => !v)}
            aria-pressed={shown}
            aria-label={shown ? t('login.hidePassword') : t('login.showPassword')}
            title={shown ? t('login.hidePassword') : t('login.showPassword')}
          >
            <Icon name={shown ? 'eyeOff' : 'eye'} size={20} />
          </button>
        }
      />
      <TextField
        label={t('password.repeat')}
        error={errors.repeatPassword}
        name="repeatPassword"
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        dir="ltr"
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
      />
    </>
  );
}
