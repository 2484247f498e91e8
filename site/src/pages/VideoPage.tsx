/**
 * /knowledge-base/videos/:id — one training video: a file on our server plays here
 * (<video controls preload="metadata"> with its poster; a download link for a browser that cannot
 * play it), a video published elsewhere (an Aparat page…) is a button that opens it in a new tab.
 * Its description as text, its length, device types and topic. Only http(s) or this site's
 * addresses are used. A draft or unknown video is not found.
 */
import { Link, useParams } from 'react-router-dom';
import { getVideo } from '../api/learning';
import { useResource } from '../api/useResource';
import type { VideoDetail } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Facts } from '../components/Facts';
import { Icon } from '../components/Icon';
import { imageSource, linkTarget } from '../components/BlocksRenderer';
import { KB_PATH, kbTypePath, searchPath, useContentLang, useDayOf, useDurationWords, useNameOf } from '../components/LearningParts';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to={KB_PATH} className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('video.back')}
    </Link>
  );
}

export function VideoPage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const video = useResource((signal) => getVideo(id, lang, signal), `video:${id}:${lang}`);

  if (video.status === 'ready') return <VideoView key={video.data.id} video={video.data} />;
  if (video.status === 'error' && video.error.status === 404) {
    return (
      <>
        <PageHeader title={t('video.notFoundTitle')} before={<BackLink />} />
        <div data-testid="video-not-found">
          <EmptyState icon={<Icon name="video" size={36} />}>
            <p>{t('video.notFoundText')}</p>
          </EmptyState>
        </div>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('kb.videosTitle')} before={<BackLink />} />
      {video.status === 'loading' ? <LoadingState /> : <ErrorState error={video.error} onRetry={video.reload} />}
    </>
  );
}

/** The host of an address, for «تماشای ویدیو در aparat.com». */
const hostOf = (href: string): string => {
  try {
    return new URL(href, window.location.origin).host.replace(/^www\./, '');
  } catch {
    return href;
  }
};

function VideoView({ video }: { video: VideoDetail }) {
  const { t, lang } = useI18n();
  const nameOf = useNameOf();
  const dayOf = useDayOf();
  const words = useDurationWords();
  const contentLang = useContentLang(video.locale);
  const poster = video.poster ? imageSource(video.poster.url) : null;
  const source = video.source;
  const fileUrl = source?.kind === 'file' ? imageSource(source.url) : null;
  const link = source?.kind === 'link' ? linkTarget(source.url) : null;

  return (
    <>
      <PageHeader title={video.title} before={<BackLink />} contentLang={contentLang} />
      {video.locale !== lang && (
        <p className="alert alert--info" data-testid="video-not-translated">
          <Icon name="globe" size={20} />
          <span>{t('article.notTranslated')}</span>
        </p>
      )}
      <section className="card video" data-testid="video" data-kind={source?.kind ?? 'none'}>
        {fileUrl ? (
          <div className="video__frame">
            <video className="video__player" controls preload="metadata" poster={poster ?? undefined} playsInline aria-label={video.title} data-testid="video-player">
              <source src={fileUrl} type={source?.kind === 'file' && source.mime ? source.mime : undefined} />
              <p>
                {t('video.unsupported')}{' '}
                <a href={fileUrl} download>
                  {t('video.download')}
                </a>
              </p>
            </video>
          </div>
        ) : link ? (
          <div className="video__external">
            {poster && (
              <div className="video__poster">
                <img src={poster} alt="" decoding="async" />
              </div>
            )}
            <p className="muted">{t('video.externalNote')}</p>
            <a
              href={link.href}
              className="button button--primary"
              target="_blank"
              rel="noopener noreferrer"
              data-testid="video-external-link"
            >
              <Icon name="play" size={20} />
              {t('video.watchOn', { host: hostOf(link.href) })}
              <Icon name="external" size={16} />
              <span className="visually-hidden">{t('video.newTab')}</span>
            </a>
          </div>
        ) : (
          <p className="alert alert--info" data-testid="video-no-source">
            <Icon name="info" size={20} />
            <span>{t('video.noSource')}</span>
          </p>
        )}

        {video.description && (
          <p className="video__description" {...contentLang} data-testid="video-description">
            {video.description}
          </p>
        )}
        <Facts
          columns={2}
          items={[
            { label: t('video.durationLabel'), value: words(video.durationSeconds) },
            { label: t('article.topic'), value: video.topic ? <Link to={searchPath({ topic: video.topic.code, kind: 'videos' })}>{nameOf(video.topic)}</Link> : null },
            {
              label: t('article.deviceTypes'),
              value:
                video.deviceTypes.length === 0 ? (
                  t('kb.general')
                ) : (
                  <span className="kb-inline-list">
                    {video.deviceTypes.map((d) => (
                      <Link key={d.code} to={kbTypePath(d.code)}>
                        {nameOf(d)}
                      </Link>
                    ))}
                  </span>
                ),
            },
            { label: t('video.publishedLabel'), value: dayOf(video.publishedAt) },
          ].filter((f) => f.value !== null && f.value !== undefined)}
        />
      </section>
    </>
  );
}
