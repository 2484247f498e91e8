/**
 * The Content Manager's input for `plugin::jalali-date.date` and `plugin::jalali-date.datetime`.
 *
 * The edit view renders a custom field with its layout props (name, label, hint, required,
 * attribute, labelAction…), the form field's state (value, error, onChange(name, value)) and
 * `disabled` when the form or the staff member's permissions forbid editing
 * (@strapi/content-manager EditView InputRenderer).
 */
import * as React from 'react';
import { Field, useComposedRefs } from '@strapi/design-system';
import { useFocusInputField } from '@strapi/admin/strapi-admin';
import { useIntl } from 'react-intl';
import type { JalaliFieldKind } from '../jalali';
import { message } from '../translations';
import { JalaliPicker } from './JalaliPicker';

type JalaliDateInputProps = {
  name: string;
  value?: string | null;
  onChange: (name: string, value: string | null) => void;
  attribute: { type: string; customField?: string };
  label: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  disabled?: boolean;
  required?: boolean;
  error?: string;
};

/** `date` or `datetime`: the attribute's type, which the custom field fixes. */
export const fieldKind = (attribute: { type: string; customField?: string }): JalaliFieldKind =>
  attribute.type === 'datetime' || attribute.customField === 'plugin::jalali-date.datetime' ? 'datetime' : 'date';

export const JalaliDateInput = React.forwardRef<HTMLInputElement, JalaliDateInputProps>(
  ({ name, value, onChange, attribute, label, labelAction, hint, disabled = false, required = false, error }, forwardedRef) => {
    const { formatMessage } = useIntl();
    const kind = fieldKind(attribute);
    const [invalid, setInvalid] = React.useState(false);
    const focusRef = useFocusInputField<HTMLInputElement>(name);
    const ref = useComposedRefs(forwardedRef, focusRef);

    const invalidMessage = formatMessage(message(kind === 'date' ? 'jalali-date.input.invalid.date' : 'jalali-date.input.invalid.datetime'));
    const tehranTime = kind === 'datetime' ? formatMessage(message('jalali-date.input.tehranTime')) : null;
    const fullHint = tehranTime ? (hint ? <>{hint} — {tehranTime}</> : tehranTime) : hint;

    return (
      <Field.Root name={name} error={invalid ? invalidMessage : error} hint={fullHint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <JalaliPicker
          ref={ref}
          kind={kind}
          name={name}
          value={value}
          onValueChange={(next) => onChange(name, next)}
          onInvalidChange={setInvalid}
          disabled={disabled}
          required={required}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);
