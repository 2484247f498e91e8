/**
 * /knowledge-base — «پایگاه دانش» (seed 001 §7): the search box, the device types (the buyer's own
 * first, each with its counts), the topics, the latest articles and videos, and the licensed
 * professional videos. `?deviceType=<code>` shows that type's articles and videos (with the general
 * ones) instead of the latest.
 */
import { Link, useSearchParams } from 'react-router-dom';
import { getArticles, getKnowledgeBase, getVideos } from '../api/learning';
import { useResource } from '../api/useResource';
import type { KbDeviceTypeCount, KnowledgeBaseHome } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Icon } from '../components/Icon';
import { ArticleCard, CardGrid, KB_PATH, KbSearchForm, LearningNav, VideoCard, kbTypePath, searchPath, useNameOf } from '../components/LearningParts';

/** how many of a device type's articles and videos the home page shows before «همهٔ …» */
const TYPE_ARTICLES = 6;
const TYPE_VIDEOS = 3;

export function KnowledgeBasePage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const deviceType = params.get('deviceType') || undefined;
  const home = useResource((signal) => getKnowledgeBase(lang, signal), `kb-home:${lang}`);

  return (
    <>
      <PageHeader title={t('kb.title')} subtitle={t('kb.subtitle')} />
      <LearningNav />
      <section className="card kb-search-card">
        <KbSearchForm keep={{ deviceType }} />
      </section>
      {home.status === 'loading' && <LoadingState />}
      {home.status === 'error' && <ErrorState error={home.error} onRetry={home.reload} />}
      {home.status === 'ready' && <HomeView home={home.data} deviceType={deviceType} />}
    </>
  );
}

function HomeView({ home, deviceType }: { home: KnowledgeBaseHome; deviceType: string | undefined }) {
  const { t } = useI18n();
  const nothing = home.deviceTypes.length === 0 && home.latestArticles.length === 0 && home.latestVideos.length === 0;
  if (nothing) {
    return (
      <EmptyState title={t('kb.empty')} icon={<Icon name="book" size={36} />}>
        <CoursesLink />
      </EmptyState>
    );
  }
  return (
    <>
      {home.deviceTypes.length > 0 && <DeviceTypes types={home.deviceTypes} selected={deviceType} />}
      {home.topics.length > 0 && (
        <section className="kb-section" aria-labelledby="kb-topics-title">
          <h2 id="kb-topics-title" className="section-title">
            {t('kb.topicsTitle')}
          </h2>
          <TopicLinks topics={home.topics} deviceType={deviceType} />
        </section>
      )}
      {deviceType ? (
        <TypeItems code={deviceType} types={home.deviceTypes} />
      ) : (
        <>
          <section className="kb-section" aria-labelledby="kb-latest-articles">
            <SectionHead id="kb-latest-articles" title={t('kb.latestArticles')} more={home.latestArticles.length > 0 ? { to: searchPath({}), text: t('kb.moreArticles') } : undefined} />
            <CardGrid empty={t('kb.emptyArticles')} testId="kb-latest-articles">
              {home.latestArticles.map((a) => (
                <ArticleCard key={a.id} article={a} />
              ))}
            </CardGrid>
          </section>
          <section className="kb-section" aria-labelledby="kb-latest-videos">
            <SectionHead id="kb-latest-videos" title={t('kb.latestVideos')} more={home.latestVideos.length > 0 ? { to: searchPath({ kind: 'videos' }), text: t('kb.moreVideos') } : undefined} />
            <CardGrid empty={t('kb.emptyVideos')} testId="kb-latest-videos">
              {home.latestVideos.map((v) => (
                <VideoCard key={v.id} video={v} />
              ))}
            </CardGrid>
          </section>
        </>
      )}
      <CoursesPromo />
    </>
  );
}

function SectionHead({ id, title, more }: { id: string; title: string; more?: { to: string; text: string } }) {
  return (
    <div className="kb-section__head">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {more && (
        <Link to={more.to} className="kb-section__more">
          {more.text}
          <Icon name="chevron" size={16} className="icon--flip-rtl" />
        </Link>
      )}
    </div>
  );
}

/** «براساس نوع دستگاه»: a tile per type (the buyer's own marked), the chosen one current. */
function DeviceTypes({ types, selected }: { types: KbDeviceTypeCount[]; selected: string | undefined }) {
  const { t } = useI18n();
  const nameOf = useNameOf();
  return (
    <section className="kb-section" aria-labelledby="kb-types-title">
      <SectionHead id="kb-types-title" title={t('kb.deviceTypesTitle')} more={selected ? { to: KB_PATH, text: t('kb.showAll') } : undefined} />
      <ul className="kb-types" data-testid="kb-device-types">
        {types.map((type) => {
          const current = type.code === selected;
          return (
            <li key={type.code}>
              <Link
                to={kbTypePath(type.code)}
                className={`kb-type${type.owned ? ' kb-type--owned' : ''}`}
                aria-current={current ? 'page' : undefined}
                data-testid="kb-device-type"
                data-code={type.code}
              >
                <span className="kb-type__icon" aria-hidden="true">
                  <Icon name="device" size={22} />
                </span>
                <span className="kb-type__text">
                  <span className="kb-type__name">{nameOf(type)}</span>
                  <span className="kb-type__counts">{t('kb.typeCounts', { articles: type.articles, videos: type.videos })}</span>
                </span>
                {type.owned && <span className="kb-type__owned">{t('kb.ownedType')}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The topics as links to the search page (within the chosen device type, if any). */
export function TopicLinks({ topics, deviceType, current }: { topics: KnowledgeBaseHome['topics']; deviceType?: string; current?: string }) {
  const nameOf = useNameOf();
  return (
    <ul className="kb-topics" data-testid="kb-topics">
      {topics.map((topic) => (
        <li key={topic.code}>
          <Link to={searchPath({ topic: topic.code, deviceType })} className="kb-topic" aria-current={topic.code === current ? 'page' : undefined}>
            {nameOf(topic)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** One device type's articles and videos (with the general ones), the first few of each. */
function TypeItems({ code, types }: { code: string; types: KbDeviceTypeCount[] }) {
  const { t, lang } = useI18n();
  const nameOf = useNameOf();
  const type = types.find((d) => d.code === code);
  const name = type ? nameOf(type) : code;
  const articles = useResource((signal) => getArticles(lang, { deviceType: code, pageSize: TYPE_ARTICLES }, signal), `kb-type-articles:${lang}:${code}`);
  const videos = useResource((signal) => getVideos(lang, { deviceType: code, pageSize: TYPE_VIDEOS }, signal), `kb-type-videos:${lang}:${code}`);
  return (
    <section className="kb-section" aria-labelledby="kb-type-title" data-testid="kb-type-items" data-code={code}>
      <h2 id="kb-type-title" className="kb-type-title">
        {t('kb.forType', { type: name })}
      </h2>
      <div className="kb-subsection">
        <SectionHead
          id="kb-type-articles"
          title={t('kb.articlesTitle')}
          more={articles.status === 'ready' && articles.data.meta.pagination.pageCount > 1 ? { to: searchPath({ deviceType: code }), text: t('kb.moreArticles') } : undefined}
        />
        {articles.status === 'loading' && <LoadingState />}
        {articles.status === 'error' && <ErrorState error={articles.error} onRetry={articles.reload} />}
        {articles.status === 'ready' && (
          <CardGrid empty={t('kb.emptyArticles')} testId="kb-type-articles">
            {articles.data.data.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </CardGrid>
        )}
      </div>
      <div className="kb-subsection">
        <SectionHead
          id="kb-type-videos"
          title={t('kb.videosTitle')}
          more={videos.status === 'ready' && videos.data.meta.pagination.pageCount > 1 ? { to: searchPath({ deviceType: code, kind: 'videos' }), text: t('kb.moreVideos') } : undefined}
        />
        {videos.status === 'loading' && <LoadingState />}
        {videos.status === 'error' && <ErrorState error={videos.error} onRetry={videos.reload} />}
        {videos.status === 'ready' && (
          <CardGrid empty={t('kb.emptyVideos')} testId="kb-type-videos">
            {videos.data.data.map((v) => (
              <VideoCard key={v.id} video={v} />
            ))}
          </CardGrid>
        )}
      </div>
    </section>
  );
}

function CoursesLink() {
  const { t } = useI18n();
  return (
    <Link to="/courses" className="button button--secondary button--small">
      <Icon name="video" size={18} />
      {t('kb.coursesLink')}
    </Link>
  );
}

/** «ویدیوهای حرفه‌ای با لایسنس (اسپات‌پلیر)»: the way to the courses on sale. */
function CoursesPromo() {
  const { t } = useI18n();
  return (
    <section className="card kb-promo" aria-labelledby="kb-courses-title">
      <span className="link-card__icon" aria-hidden="true">
        <Icon name="video" size={24} />
      </span>
      <div className="kb-promo__text">
        <h2 id="kb-courses-title" className="card__title">
          {t('kb.coursesTitle')}
        </h2>
        <p className="muted">{t('kb.coursesText')}</p>
      </div>
      <CoursesLink />
    </section>
  );
}
