/**
 * The value box of the list view's filter for a date or date-time field: the same Jalali box as
 * the edit view, inside the filter popover's form (its field is `name`, "value"). It stores what
 * the filter compares with — an ISO day, or the UTC instant of a Tehran time (00:00 when only a
 * day is typed).
 */
import * as React from 'react';
import { Field } from '@strapi/design-system';
import { useField } from '@strapi/admin/strapi-admin';
import { useIntl } from 'react-intl';
import { message } from '../translations';
import { JalaliPicker } from './JalaliPicker';

type JalaliFilterInputProps = {
  name: string;
  type: string;
  'aria-label'?: string;
};

export const JalaliFilterInput = ({ name, type, 'aria-label': ariaLabel }: JalaliFilterInputProps) => {
  const { formatMessage } = useIntl();
  const field = useField<string | null>(name);
  const kind = type === 'datetime' ? 'datetime' : 'date';
  const [invalid, setInvalid] = React.useState(false);
  const invalidMessage = formatMessage(message(kind === 'date' ? 'jalali-date.input.invalid.date' : 'jalali-date.input.invalid.datetime'));

  return (
    <Field.Root name={name} error={invalid ? invalidMessage : field.error}>
      <JalaliPicker
        kind={kind}
        name={name}
        aria-label={ariaLabel}
        value={field.value}
        onValueChange={(next) => field.onChange(name, next)}
        onInvalidChange={setInvalid}
      />
      <Field.Error />
    </Field.Root>
  );
};
