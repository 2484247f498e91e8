import type * as React from 'react';

/** What the Content Manager's edit view passes to every custom field's input component. */
export type CustomFieldInputProps = {
  name: string;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  value?: unknown;
  error?: string;
  required?: boolean;
};
