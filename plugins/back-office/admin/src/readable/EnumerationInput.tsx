/**
 * The Content Manager's enumeration input with labels (registered with app.addFields for the
 * type 'enumeration'): the same select Strapi renders — its required/disabled/error/hint handling
 * and focus — with each option labelled from the vocabulary for the type being edited (the route's
 * `:slug` is the type's uid) and the field. Values without a label (Strapi's own types, fields
 * inside components) keep Strapi's rendering of the raw value.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router-dom';
import { InputRenderer } from '@strapi/strapi/admin';
import { displayLanguage, labelsOf } from './vocabulary';

type Props = {
  name: string;
  attribute: { enum?: string[] } & Record<string, unknown>;
  [prop: string]: unknown;
};

export const LabelledEnumerationInput = (props: Props) => {
  const { slug } = useParams<{ slug: string }>();
  const { locale } = useIntl();
  const language = displayLanguage(locale);
  // a field inside a component is named 'component.field': its labels would be the component's
  const labels = props.name.includes('.') ? undefined : labelsOf(slug, props.name);
  const options = React.useMemo(
    () => (props.attribute?.enum ?? []).map((value) => ({ value, label: labels?.[value]?.[language] })),
    [props.attribute, labels, language]
  );
  return <InputRenderer {...(props as any)} type="enumeration" options={options} />;
};
