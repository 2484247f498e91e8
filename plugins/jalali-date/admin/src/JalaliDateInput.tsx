// placeholder until the Jalali picker lands: the stored ISO value in a plain input
import { Field, TextInput } from '@strapi/design-system';

export const JalaliDateInput = ({ name, label, value, onChange, disabled, required, error, hint }: any) => (
  <Field.Root name={name} error={error} hint={hint} required={required}>
    <Field.Label>{label}</Field.Label>
    <TextInput value={value ?? ''} disabled={disabled} onChange={(e: any) => onChange(name, e.target.value || null)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
