/**
 * Pieces the knowledge base and the training-video pages share: the section's own navigation
 * (knowledge base, professional videos, my videos), the search box, article and video cards, a
 * video's length, and the language marks of an item shown in Persian on the English site.
 */
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { ApiMoment, ArticleSummary, ContentLocale, KbDeviceType, KbTopic, VideoSummary } from '../api/types';
import { MAX_QUERY_LENGTH } from '../api/learning';
import { useI18n } from '../i18n/I18nContext';
import { dirOf } from '../i18n/format';
import type { MessageKey } from '../i18n/fa';
import { Icon, type IconName } from './Icon';
import { imageSource } from './BlocksRenderer';

export const KB_PATH = '/knowledge-base';
export const articlePath = (id: string) => `${KB_PATH}/articles/${encodeURIComponent(id)}`;
export const videoPath = (id: string) => `${KB_PATH}/videos/${encodeURIComponent(id)}`;
export const kbTypePath = (code: string) => `${KB_PATH}?deviceType=${encodeURIComponent(code)}`;
export const searchPath = (params: Record<string, string | undefined>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return `${KB_PATH}/search${text ? `?${text}` : ''}`;
};
export const coursePath = (id: string) => `/courses/${encodeURIComponent(id)}`;

/**
 * `lang` and `dir` for an item whose language is not the page's (an article without an English
 * version, shown in Persian on the English site); nothing otherwise.
 */
export const useContentLang = (locale: ContentLocale | null | undefined): { lang?: string; dir?: 'rtl' | 'ltr' } => {
  const { lang } = useI18n();
  return locale && locale !== lang ? { lang: locale, dir: dirOf(locale) } : {};
};

/** A device type's or topic's name in the page's language (English falls back to Persian). */
export const useNameOf = () => {
  const { lang } = useI18n();
  return (item: KbDeviceType | KbTopic | null | undefined): string => (item ? (lang === 'en' && item.nameEn ? item.nameEn : item.name) : '');
};

const tehranDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (Tehran) of a moment, in the Jalali calendar: when an item was published. */
export const useDayOf = () => {
  const { isoDate } = useI18n();
  return (value: ApiMoment | null | undefined, style: 'short' | 'long' = 'long'): string | null => {
    if (!value) return null;
    const instant = new Date(value.iso);
    return Number.isNaN(instant.getTime()) ? null : isoDate(tehranDay.format(instant), style);
  };
};

/** A video's length in the page's digits: 4:05, 1:02:30. */
export const useClock = () => {
  const { digits } = useI18n();
  return (seconds: number | null | undefined): string | null => {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const pad = (n: number) => String(n).padStart(2, '0');
    return digits(h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`);
  };
};

/** A video's length in words («۴ دقیقه و ۵ ثانیه»), for screen readers and the video page. */
export const useDurationWords = () => {
  const { t } = useI18n();
  return (seconds: number | null | undefined): string | null => {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return null;
    const s = Math.round(seconds);
    const minutes = Math.floor(s / 60);
    const rest = s % 60;
    if (minutes === 0) return t('video.durationSeconds', { seconds: rest });
    return rest === 0 ? t('video.durationMinutes', { minutes }) : t('video.durationMinutesSeconds', { minutes, seconds: rest });
  };
};

const SECTIONS: { to: string; label: MessageKey; icon: IconName; also?: string[] }[] = [
  { to: KB_PATH, label: 'learning.kb', icon: 'book' },
  { to: '/courses', label: 'learning.courses', icon: 'video' },
  { to: '/my-videos', label: 'learning.myVideos', icon: 'key' },
];

const under = (pathname: string, prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);

/** The learning section's three parts, the current one marked; under each page's heading. */
export function LearningNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav className="learning-nav" aria-label={t('learning.nav')} data-testid="learning-nav">
      <ul>
        {SECTIONS.map((s) => {
          const current = under(pathname, s.to);
          return (
            <li key={s.to}>
              <Link to={s.to} className="learning-nav__link" aria-current={current ? 'page' : undefined}>
                <Icon name={s.icon} size={18} />
                <span>{t(s.label)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** «جست‌وجو در پایگاه دانش»: goes to /knowledge-base/search?q=… (keeping the other filters given). */
export function KbSearchForm({ initial = '', keep = {} }: { initial?: string; keep?: Record<string, string | undefined> }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState(initial);
  // a new address (back, a topic link) shows its own query
  useEffect(() => setQ(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(searchPath({ ...keep, q: q.trim() || undefined }));
  };
  return (
    <form className="kb-search" role="search" onSubmit={submit} data-testid="kb-search">
      <label htmlFor={`${id}-q`} className="field__label">
        {t('kb.searchLabel')}
      </label>
      <div className="kb-search__row">
        <div className="kb-search__control">
          <Icon name="search" size={20} className="kb-search__icon" />
          <input
            id={`${id}-q`}
            type="search"
            name="q"
            className="field__input kb-search__input"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('kb.searchPlaceholder')}
            maxLength={MAX_QUERY_LENGTH}
            enterKeyHint="search"
            autoComplete="off"
            dir="auto"
            aria-describedby={`${id}-hint`}
            data-testid="kb-search-input"
          />
        </div>
        <button type="submit" className="button button--primary" data-testid="kb-search-submit">
          {t('kb.searchSubmit')}
        </button>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('kb.searchHint')}
      </p>
    </form>
  );
}

/** A small «فارسی» tag on an item shown in Persian on the English site. */
function LocaleTag({ locale }: { locale: ContentLocale }) {
  const { t, lang } = useI18n();
  if (locale === lang) return null;
  return <span className="kb-tag kb-tag--locale">{t('kb.inPersian')}</span>;
}

/** The device types an item is for — or «همهٔ دستگاه‌ها» for a general one — and its topic. */
function ItemTags({ deviceTypes, topic }: { deviceTypes: KbDeviceType[]; topic: KbTopic | null }) {
  const { t } = useI18n();
  const nameOf = useNameOf();
  return (
    <ul className="kb-tags">
      {topic && <li className="kb-tag kb-tag--topic">{nameOf(topic)}</li>}
      {deviceTypes.length === 0 ? <li className="kb-tag">{t('kb.general')}</li> : deviceTypes.map((d) => <li key={d.code} className="kb-tag">{nameOf(d)}</li>)}
    </ul>
  );
}

/** One article in a list: its cover, title (the link), summary, tags and date. */
export function ArticleCard({ article, headingLevel = 3 }: { article: ArticleSummary; headingLevel?: 2 | 3 }) {
  const dayOf = useDayOf();
  const contentLang = useContentLang(article.locale);
  const cover = article.cover ? imageSource(article.cover.url) : null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="kb-card" data-testid="article-card" data-id={article.id}>
      {cover && (
        <div className="kb-card__media">
          {/* the title says what the card is: the cover is decoration here */}
          <img src={cover} alt="" loading="lazy" decoding="async" />
        </div>
      )}
      <div className="kb-card__body">
        <Heading className="kb-card__title" {...contentLang}>
          <Link to={articlePath(article.id)} className="kb-card__link">
            {article.title}
          </Link>
        </Heading>
        {article.summary && (
          <p className="kb-card__summary" {...contentLang}>
            {article.summary}
          </p>
        )}
        <div className="kb-card__meta">
          <ItemTags deviceTypes={article.deviceTypes} topic={article.topic} />
          <LocaleTag locale={article.locale} />
          {article.publishedAt && <span className="kb-card__date">{dayOf(article.publishedAt)}</span>}
        </div>
      </div>
    </article>
  );
}

/** One video in a list: the poster with a play mark and its length, the title (the link). */
export function VideoCard({ video, headingLevel = 3 }: { video: VideoSummary; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const clock = useClock();
  const words = useDurationWords();
  const contentLang = useContentLang(video.locale);
  const poster = video.poster ? imageSource(video.poster.url) : null;
  const length = clock(video.durationSeconds);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="kb-card kb-card--video" data-testid="video-card" data-id={video.id}>
      <div className="kb-card__media kb-card__media--video">
        {poster ? <img src={poster} alt="" loading="lazy" decoding="async" /> : <span className="kb-card__placeholder" aria-hidden="true" />}
        <span className="kb-card__play" aria-hidden="true">
          <Icon name="play" size={40} />
        </span>
        {length && (
          <span className="kb-card__duration">
            <span aria-hidden="true">{length}</span>
            <span className="visually-hidden">{t('kb.duration', { duration: words(video.durationSeconds) ?? '' })}</span>
          </span>
        )}
      </div>
      <div className="kb-card__body">
        <Heading className="kb-card__title" {...contentLang}>
          <Link to={videoPath(video.id)} className="kb-card__link">
            <span className="visually-hidden">{t('kb.videoLabel')}: </span>
            {video.title}
          </Link>
        </Heading>
        {video.description && (
          <p className="kb-card__summary" {...contentLang}>
            {video.description}
          </p>
        )}
        <div className="kb-card__meta">
          <ItemTags deviceTypes={video.deviceTypes} topic={video.topic} />
          <LocaleTag locale={video.locale} />
        </div>
      </div>
    </article>
  );
}

/** A grid of cards, or a quiet line when there are none. */
export function CardGrid({ children, empty, testId }: { children: ReactNode[]; empty: string; testId?: string }) {
  if (children.length === 0) return <p className="muted kb-empty">{empty}</p>;
  return (
    <div className="kb-grid" data-testid={testId}>
      {children}
    </div>
  );
}
