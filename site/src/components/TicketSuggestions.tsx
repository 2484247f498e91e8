/**
 * «شاید این مطالب کمک کند»: while the buyer types a ticket's title (from 3 characters, once they
 * pause), up to three knowledge-base articles about it, each opening in a new tab so the form
 * keeps what was typed. The server finds an article when it holds EVERY word searched for, so the
 * title's words that carry meaning are asked for first; if nothing holds them all, the two longest,
 * then the longest alone. A failed lookup shows nothing (suggestions are a help, never in the way).
 */
import { useEffect, useState } from 'react';
import { getArticles, MAX_QUERY_LENGTH } from '../api/learning';
import { isAbortError } from '../api/client';
import type { ArticleSummary } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { articlePath, useContentLang } from './LearningParts';

/** how long typing must pause before the articles are looked up */
export const SUGGEST_DELAY_MS = 450;
export const SUGGEST_MIN_CHARS = 3;
const MAX_SUGGESTIONS = 3;

/** Short, common words that say nothing about the problem (Persian and English). */
const STOP_WORDS = new Set(
  [
    'از', 'با', 'به', 'بر', 'در', 'را', 'که', 'و', 'یا', 'تا', 'این', 'آن', 'است', 'هست', 'نیست', 'شد', 'شده', 'شود', 'می', 'نمی', 'می‌شود', 'نمی‌شود',
    'دارد', 'ندارد', 'کند', 'نمی‌کند', 'می‌کند', 'برای', 'هم', 'من', 'ما', 'شما', 'چرا', 'چطور', 'چگونه', 'مشکل', 'لطفا', 'لطفاً', 'سلام',
    'the', 'and', 'for', 'with', 'not', 'does', 'doesn', 'how', 'why', 'what', 'can', 'cannot', 'my', 'is', 'are', 'problem', 'please',
  ].map((w) => w.toLowerCase()),
);

/**
 * The title's words worth searching for: no stop words, at least two letters, each once. A word
 * with a half-space («می‌شود») stays one word: the server reads it the same with or without.
 */
export const meaningfulWords = (title: string): string[] => {
  const words = title
    .replace(/[\u064b-\u065f\u0640]/g, '')
    .split(/[\s.,،؛;:!?؟()«»"'\-_/\\]+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2 && !STOP_WORDS.has(w.toLowerCase()));
  return [...new Set(words)];
};

/** The searches to try, most specific first (each a list of words the article must hold). */
export const searchesFor = (title: string): string[] => {
  const words = meaningfulWords(title);
  if (words.length === 0) return [];
  const longest = [...words].sort((a, b) => b.length - a.length);
  const tries = [words.slice(0, 5).join(' ')];
  if (words.length > 2) tries.push(longest.slice(0, 2).join(' '));
  if (words.length > 1) tries.push(longest[0]);
  return [...new Set(tries.map((q) => q.slice(0, MAX_QUERY_LENGTH)))];
};

type State = { status: 'idle' } | { status: 'ready'; query: string; articles: ArticleSummary[] };

export function TicketSuggestions({ title }: { title: string }) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ status: 'idle' });
  const text = title.trim();

  useEffect(() => {
    if (text.length < SUGGEST_MIN_CHARS) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        for (const q of searchesFor(text)) {
          const page = await getArticles(lang, { q, deviceType: 'all', pageSize: MAX_SUGGESTIONS }, controller.signal);
          if (controller.signal.aborted) return;
          if (page.data.length > 0) {
            setState({ status: 'ready', query: text, articles: page.data.slice(0, MAX_SUGGESTIONS) });
            return;
          }
        }
        setState({ status: 'ready', query: text, articles: [] });
      } catch (error) {
        if (controller.signal.aborted || isAbortError(error)) return;
        setState({ status: 'idle' });
      }
    }, SUGGEST_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, lang]);

  const articles = state.status === 'ready' ? state.articles : [];
  return (
    // the live region stays in the page, so that screen readers hear when suggestions arrive
    <div className="suggestions" aria-live="polite" data-testid="ticket-suggestions" data-count={articles.length}>
      {articles.length > 0 && (
        <section className="suggestions__box" aria-labelledby="suggestions-title">
          <h2 id="suggestions-title" className="suggestions__title">
            <Icon name="book" size={18} />
            {t('suggest.title')}
          </h2>
          <ul className="suggestions__list">
            {articles.map((a) => (
              <Suggestion key={a.id} article={a} />
            ))}
          </ul>
          <p className="field__hint">{t('suggest.hint')}</p>
        </section>
      )}
    </div>
  );
}

function Suggestion({ article }: { article: ArticleSummary }) {
  const { t } = useI18n();
  const contentLang = useContentLang(article.locale);
  return (
    <li className="suggestions__item" data-testid="ticket-suggestion">
      <a href={articlePath(article.id)} target="_blank" rel="noopener" className="suggestions__link">
        <span {...contentLang}>{article.title}</span>
        <Icon name="external" size={14} />
        <span className="visually-hidden">{t('video.newTab')}</span>
      </a>
      {article.summary && (
        <p className="suggestions__summary" {...contentLang}>
          {article.summary}
        </p>
      )}
    </li>
  );
}
