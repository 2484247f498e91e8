/**
 * Texts staff wrote (announcement titles and bodies) in the current language — or in Persian when
 * there is no English version, marked lang="fa" and laid out right-to-left inside the English page.
 */
import type { ElementType } from 'react';
import type { Label, LocalizedText as Text } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { dirOf, shownLang } from '../i18n/format';

type Props = { text: Text | Label | null | undefined; as?: ElementType; className?: string; id?: string };

/** Renders nothing when there is no text in either language (a notification without a body). */
export function LocalizedText({ text, as: Tag = 'span', className, id }: Props) {
  const { lang, label } = useI18n();
  const value = label(text);
  if (!value) return null;
  const shown = shownLang(text, lang);
  const other = shown !== lang ? { lang: shown, dir: dirOf(shown) } : {};
  return (
    <Tag className={className} id={id} {...other}>
      {value}
    </Tag>
  );
}
