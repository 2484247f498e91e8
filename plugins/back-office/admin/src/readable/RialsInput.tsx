/**
 * Input of the custom field plugin::back-office.rials (a biginteger amount in rials): shows the
 * amount with thousands separators while staff type (Persian digits in the Persian admin), takes
 * Persian, Arabic or Latin digits, stores the whole number as Strapi stores bigintegers (a string),
 * shows the unit and, under the field, the toman equivalent. Required, disabled, error and hint as
 * in Strapi's own inputs.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Field, TextInput, Typography, useComposedRefs } from '@strapi/design-system';
import { useFocusInputField } from '@strapi/strapi/admin';
import { caretAfterDigits, digitsBefore, formatAmount, formatTomans, parseAmountInput } from './money';
import { displayLanguage } from './vocabulary';
import { t } from './translations';
import type { CustomFieldInputProps } from './custom-field-props';

type Props = CustomFieldInputProps & {
  disabled?: boolean;
  placeholder?: string;
  onChange: (name: string, value: string | null) => void;
};

export const RialsInput = React.forwardRef<HTMLInputElement, Props>(
  ({ name, label, labelAction, hint, value, error, required, disabled, placeholder, onChange }, ref) => {
    const { formatMessage, locale } = useIntl();
    const language = displayLanguage(locale);
    const inputRef = React.useRef<HTMLInputElement>(null);
    const focusRef = useFocusInputField<HTMLInputElement>(name);
    const refs = useComposedRefs(ref, focusRef, inputRef);
    /** the caret to restore after the next render (digits before it) */
    const pendingCaret = React.useRef<number | null>(null);

    const shown = formatAmount(value, language) ?? (value == null || value === '' ? '' : String(value));
    const tomans = formatTomans(value, language);

    React.useLayoutEffect(() => {
      const input = inputRef.current;
      if (pendingCaret.current === null || !input || document.activeElement !== input) return;
      const position = caretAfterDigits(input.value, pendingCaret.current);
      input.setSelectionRange(position, position);
      pendingCaret.current = null;
    });

    const handleChange = (event: React.ChangeEvent<HTMLInputElement>) => {
      const typed = event.target.value;
      pendingCaret.current = digitsBefore(typed, event.target.selectionStart ?? typed.length);
      onChange(name, parseAmountInput(typed));
    };

    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <TextInput
          ref={refs}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={shown}
          onChange={handleChange}
          disabled={disabled}
          placeholder={placeholder}
          endAction={
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(t('rials.unit'))}
            </Typography>
          }
        />
        {tomans !== null && (
          <Typography variant="pi" textColor="neutral600" data-testid="rials-tomans">
            {formatMessage(t('rials.tomans'), { amount: tomans })}
          </Typography>
        )}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);
RialsInput.displayName = 'RialsInput';
