/**
 * /knowledge-base/search?q&deviceType&topic&kind&page — the knowledge base searched (or listed,
 * without `q`): the server matches every word however it is spelled (Arabic ي/ك, digits, spaces
 * or half-spaces), title matches first, then the newest. Articles and videos are two lists with
 * their counts; `kind=videos` shows the videos, `page` pages the list shown. The device type
 * (the buyer's own by default, one type, or all) and the topic narrow the results.
 */
import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { getArticles, getKnowledgeBase, getVideos } from '../api/learning';
import { useResource } from '../api/useResource';
import type { KnowledgeBaseHome } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Pager, pageOf } from '../components/Pager';
import { Icon } from '../components/Icon';
import { NewTicketLink } from '../components/TicketParts';
import { ArticleCard, CardGrid, KB_PATH, KbSearchForm, LearningNav, VideoCard, searchPath, useNameOf } from '../components/LearningParts';

const PAGE_SIZE = 12;
type Kind = 'articles' | 'videos';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to={KB_PATH} className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('kbSearch.back')}
    </Link>
  );
}

export function KnowledgeSearchPage() {
  const { t, lang, num } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const deviceType = params.get('deviceType') || undefined;
  const topic = params.get('topic') || undefined;
  const kind: Kind = params.get('kind') === 'videos' ? 'videos' : 'articles';
  const page = pageOf(params.get('page'));
  const filters = { q: q || undefined, deviceType, topic };

  // the device types and topics for the filters
  const home = useResource((signal) => getKnowledgeBase(lang, signal), `kb-home:${lang}`);
  const key = `${lang}:${q}:${deviceType ?? ''}:${topic ?? ''}`;
  const articles = useResource(
    (signal) => getArticles(lang, { ...filters, page: kind === 'articles' ? page : 1, pageSize: PAGE_SIZE }, signal),
    `kb-search-articles:${key}:${kind === 'articles' ? page : 1}`,
  );
  const videos = useResource((signal) => getVideos(lang, { ...filters, page: kind === 'videos' ? page : 1, pageSize: PAGE_SIZE }, signal), `kb-search-videos:${key}:${kind === 'videos' ? page : 1}`);

  const shown = kind === 'articles' ? articles : videos;
  const ready = articles.status === 'ready' && videos.status === 'ready';
  const counts = ready ? { articles: articles.data.meta.pagination.total, videos: videos.data.meta.pagination.total } : null;
  const withKind = (next: Kind, nextPage = 1) => searchPath({ ...filters, kind: next === 'videos' ? 'videos' : undefined, page: nextPage > 1 ? String(nextPage) : undefined });

  return (
    <>
      <PageHeader title={t('kbSearch.title')} before={<BackLink />} />
      <LearningNav />
      <section className="card kb-search-card">
        <KbSearchForm initial={q} keep={{ deviceType, topic, kind: kind === 'videos' ? 'videos' : undefined }} />
        {home.status === 'ready' && <Filters home={home.data} deviceType={deviceType} topic={topic} q={q} kind={kind} />}
      </section>

      {/* the count of what was found, said when it changes */}
      <p className="kb-results__summary" role="status" aria-live="polite" data-testid="kb-search-summary">
        {counts
          ? q
            ? t('kbSearch.found', { q, articles: counts.articles, videos: counts.videos })
            : t('kbSearch.foundNoQuery', { articles: counts.articles, videos: counts.videos })
          : articles.status === 'loading' || videos.status === 'loading'
            ? t('kbSearch.searching')
            : ''}
      </p>

      {counts && counts.articles + counts.videos === 0 ? (
        <div data-testid="kb-no-results">
          <EmptyState title={t('kbSearch.noResults')} icon={<Icon name="search" size={36} />}>
            <p>{t('kbSearch.noResultsHint')}</p>
            <NewTicketLink className="button button--secondary button--small" label="contact.openTicket" />
          </EmptyState>
        </div>
      ) : (
        <>
          <nav className="segmented segmented--inline kb-kinds" aria-label={t('kbSearch.kinds')}>
            {(['articles', 'videos'] as const).map((k) => (
              <Link key={k} to={withKind(k)} className="segmented__option" aria-current={kind === k ? 'page' : undefined} data-testid={`kb-kind-${k}`}>
                <Icon name={k === 'articles' ? 'book' : 'video'} size={18} />
                {t(k === 'articles' ? 'kbSearch.tabArticles' : 'kbSearch.tabVideos')}
                {counts && <span className="kb-kinds__count">{num(counts[k])}</span>}
              </Link>
            ))}
          </nav>
          {shown.status === 'loading' && <LoadingState messageKey="kbSearch.searching" />}
          {shown.status === 'error' && <ErrorState error={shown.error} onRetry={shown.reload} />}
          {articles.status === 'ready' && kind === 'articles' && (
            <section aria-label={t('kbSearch.tabArticles')} data-testid="kb-search-articles">
              <CardGrid empty={t('kb.emptyArticles')}>
                {articles.data.data.map((a) => (
                  <ArticleCard key={a.id} article={a} headingLevel={2} />
                ))}
              </CardGrid>
              <Pager pagination={articles.data.meta.pagination} label={t('kbSearch.listLabel')} searchFor={(p) => withKind('articles', p).split('?')[1] ?? ''} />
            </section>
          )}
          {videos.status === 'ready' && kind === 'videos' && (
            <section aria-label={t('kbSearch.tabVideos')} data-testid="kb-search-videos">
              <CardGrid empty={t('kb.emptyVideos')}>
                {videos.data.data.map((v) => (
                  <VideoCard key={v.id} video={v} headingLevel={2} />
                ))}
              </CardGrid>
              <Pager pagination={videos.data.meta.pagination} label={t('kbSearch.listLabel')} searchFor={(p) => withKind('videos', p).split('?')[1] ?? ''} />
            </section>
          )}
        </>
      )}
    </>
  );
}

/** The device type (mine / one / all) and the topic: a choice applies at once. */
function Filters({ home, deviceType, topic, q, kind }: { home: KnowledgeBaseHome; deviceType?: string; topic?: string; q: string; kind: Kind }) {
  const { t } = useI18n();
  const nameOf = useNameOf();
  const navigate = useNavigate();
  const id = useId();
  const go = (next: { deviceType?: string; topic?: string }) =>
    navigate(searchPath({ q: q || undefined, deviceType: next.deviceType, topic: next.topic, kind: kind === 'videos' ? 'videos' : undefined }), { replace: true });
  const known = home.deviceTypes.some((d) => d.code === deviceType) || deviceType === 'all' || !deviceType;
  return (
    <fieldset className="kb-filters">
      <legend className="visually-hidden">{t('kbSearch.filters')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {t('kbSearch.scope')}
        </label>
        <select id={`${id}-type`} className="field__input field__select" value={deviceType ?? ''} onChange={(e) => go({ deviceType: e.target.value || undefined, topic })} data-testid="kb-filter-type">
          <option value="">{t('kbSearch.scopeMine')}</option>
          {home.deviceTypes.map((d) => (
            <option key={d.code} value={d.code}>
              {nameOf(d)}
            </option>
          ))}
          {!known && deviceType && <option value={deviceType}>{deviceType}</option>}
          <option value="all">{t('kbSearch.scopeAll')}</option>
        </select>
      </div>
      {home.topics.length > 0 && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-topic`}>
            {t('kbSearch.topic')}
          </label>
          <select id={`${id}-topic`} className="field__input field__select" value={topic ?? ''} onChange={(e) => go({ deviceType, topic: e.target.value || undefined })} data-testid="kb-filter-topic">
            <option value="">{t('kbSearch.topicAll')}</option>
            {home.topics.map((tp) => (
              <option key={tp.code} value={tp.code}>
                {nameOf(tp)}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
