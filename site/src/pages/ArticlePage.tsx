/**
 * /knowledge-base/articles/:id — one article: its title, topic and device types, the date it was
 * published, the cover and the body (Strapi blocks rendered as React elements — components/
 * BlocksRenderer — never HTML), then «این مطلب مفید بود؟» with the buyer's saved answer (a later
 * answer replaces it), and the way to a support ticket. An article with no English version is
 * shown in Persian on the English site, marked as such. A draft or unknown article is not found.
 */
import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { getArticle, sendArticleFeedback } from '../api/learning';
import { useResource } from '../api/useResource';
import type { ArticleDetail } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState, useErrorText } from '../components/States';
import { Icon } from '../components/Icon';
import { BlocksRenderer, imageSource } from '../components/BlocksRenderer';
import { NewTicketLink } from '../components/TicketParts';
import { KB_PATH, kbTypePath, searchPath, useContentLang, useDayOf, useNameOf } from '../components/LearningParts';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to={KB_PATH} className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('article.back')}
    </Link>
  );
}

export function ArticlePage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const article = useResource((signal) => getArticle(id, lang, signal), `article:${id}:${lang}`);

  if (article.status === 'ready') return <ArticleView key={article.data.id} article={article.data} />;
  if (article.status === 'error' && article.error.status === 404) {
    return (
      <>
        <PageHeader title={t('article.notFoundTitle')} before={<BackLink />} />
        <div data-testid="article-not-found">
          <EmptyState icon={<Icon name="book" size={36} />}>
            <p>{t('article.notFoundText')}</p>
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('kb.title')} before={<BackLink />} />
      {article.status === 'loading' ? <LoadingState /> : <ErrorState error={article.error} onRetry={article.reload} />}
    </>
  );
}

function ArticleView({ article }: { article: ArticleDetail }) {
  const { t, lang } = useI18n();
  const nameOf = useNameOf();
  const dayOf = useDayOf();
  const contentLang = useContentLang(article.locale);
  const cover = article.cover ? imageSource(article.cover.url) : null;
  const published = dayOf(article.publishedAt);

  return (
    <>
      <PageHeader title={article.title} before={<BackLink />} subtitle={article.summary ?? undefined} contentLang={contentLang} />
      {article.locale !== lang && (
        <p className="alert alert--info" data-testid="article-not-translated">
          <Icon name="globe" size={20} />
          <span>{t('article.notTranslated')}</span>
        </p>
      )}
      <article className="card article" data-testid="article" data-locale={article.locale}>
        <div className="article__meta">
          {published && <span className="article__date">{t('article.publishedAt', { date: published })}</span>}
          <ul className="kb-tags" aria-label={t('article.deviceTypes')}>
            {article.topic && (
              <li>
                <Link to={searchPath({ topic: article.topic.code })} className="kb-tag kb-tag--topic kb-tag--link">
                  {nameOf(article.topic)}
                </Link>
              </li>
            )}
            {article.deviceTypes.length === 0 ? (
              <li className="kb-tag">{t('kb.general')}</li>
            ) : (
              article.deviceTypes.map((d) => (
                <li key={d.code}>
                  <Link to={kbTypePath(d.code)} className="kb-tag kb-tag--link">
                    {nameOf(d)}
                  </Link>
                </li>
              ))
            )}
          </ul>
        </div>
        {cover && (
          <figure className="article__cover">
            <img src={cover} alt={article.cover?.alt ?? ''} decoding="async" />
          </figure>
        )}
        <BlocksRenderer blocks={article.body} {...contentLang} />
      </article>
      <Feedback article={article} />
      <section className="card article-help" aria-labelledby="article-help-title">
        <p id="article-help-title">{t('article.stillNeedHelp')}</p>
        <NewTicketLink className="button button--secondary button--small" label="contact.openTicket" />
      </section>
    </>
  );
}

/**
 * «این مطلب مفید بود؟»: two buttons, the saved answer pressed (aria-pressed); choosing sends it at
 * once and says so (a live region); the other answer may be chosen later.
 */
function Feedback({ article }: { article: ArticleDetail }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [saved, setSaved] = useState<boolean | null>(article.myFeedback);
  const [sending, setSending] = useState<boolean | null>(null);
  const [thanked, setThanked] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const busy = useRef(false);

  const send = async (helpful: boolean) => {
    if (busy.current || saved === helpful) return;
    busy.current = true;
    setSending(helpful);
    setError(null);
    try {
      const answer = await sendArticleFeedback(article.id, helpful, article.locale === 'en' ? 'en' : 'fa');
      setSaved(answer.helpful);
      setThanked(true);
    } catch (e) {
      setError(isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null }));
    } finally {
      busy.current = false;
      setSending(null);
    }
  };

  return (
    <section className="card feedback" aria-labelledby="feedback-title" data-testid="article-feedback" data-saved={saved === null ? 'none' : String(saved)}>
      <h2 id="feedback-title" className="feedback__question">
        {t('article.feedbackQuestion')}
      </h2>
      <div className="feedback__buttons" role="group" aria-labelledby="feedback-title">
        {([true, false] as const).map((helpful) => (
          <button
            key={String(helpful)}
            type="button"
            className={`button button--secondary button--small feedback__button${saved === helpful ? ' feedback__button--chosen' : ''}`}
            aria-pressed={saved === helpful}
            disabled={sending !== null}
            onClick={() => void send(helpful)}
            data-testid={helpful ? 'feedback-yes' : 'feedback-no'}
          >
            <Icon name={helpful ? 'thumbUp' : 'thumbDown'} size={18} />
            {t(helpful ? 'article.feedbackYes' : 'article.feedbackNo')}
          </button>
        ))}
      </div>
      <div className="feedback__status" role="status" aria-live="polite" data-testid="feedback-status">
        {sending !== null ? (
          <p>{t('article.feedbackSending')}</p>
        ) : saved !== null ? (
          <p>
            {thanked && <strong>{t('article.feedbackThanks')} </strong>}
            {t(saved ? 'article.feedbackSavedYes' : 'article.feedbackSavedNo')} <span className="muted">{t('article.feedbackChange')}</span>
          </p>
        ) : null}
      </div>
      {error && (
        <p className="field__error" role="alert" data-testid="feedback-error">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
