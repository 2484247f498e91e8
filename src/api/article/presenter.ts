/**
 * The buyer's view of the knowledge base (docs/api.md «Knowledge base»): ArticleSummary /
 * ArticleDetail, VideoSummary / VideoDetail. Media URLs are fetchable (src/uploads/file-delivery.ts:
 * signed when the upload provider is private), moments as { iso, jalali }.
 */
import type { Core } from '@strapi/strapi';
import { presentDateTime } from '../../domain/jalali';
import { mapBlockImages } from '../../domain/blocks';
import { fetchableUrl, type StoredFile } from '../../uploads/file-delivery';

type Named = { code: string; name: string; nameEn?: string | null };
export type CatalogueRef = { code: string; name: string; nameEn: string | null };

export type ArticleRow = {
  id: number;
  documentId: string;
  slug?: string | null;
  locale: string;
  title: string;
  summary?: string | null;
  body?: unknown;
  publishedAt: Date | string;
  cover?: StoredFile | null;
  deviceTypes?: Named[];
  topic?: Named | null;
};

export type VideoRow = {
  id: number;
  documentId: string;
  slug?: string | null;
  locale: string;
  title: string;
  description?: string | null;
  durationSeconds?: number | null;
  externalUrl?: string | null;
  publishedAt: Date | string;
  poster?: StoredFile | null;
  file?: StoredFile | null;
  deviceTypes?: Named[];
  topic?: Named | null;
};

export const catalogueRef = (x: Named): CatalogueRef => ({ code: x.code, name: x.name, nameEn: x.nameEn ?? null });

const byName = (a: Named, b: Named) => a.name.localeCompare(b.name, 'fa');

export const presentArticleSummary = async (strapi: Core.Strapi, row: ArticleRow) => ({
  id: row.documentId,
  slug: row.slug ?? null,
  locale: row.locale,
  title: row.title,
  summary: row.summary ?? null,
  cover: row.cover?.url ? { url: (await fetchableUrl(strapi, row.cover))!, alt: (row.cover.alternativeText as string | null | undefined) ?? null } : null,
  deviceTypes: [...(row.deviceTypes ?? [])].sort(byName).map(catalogueRef),
  topic: row.topic ? catalogueRef(row.topic) : null,
  publishedAt: presentDateTime(row.publishedAt),
});

/**
 * An article with its body: each image block's image is its upload file's fetchable URL with the
 * alternative text, caption and size (files no longer in the Media Library are left out).
 */
export const presentArticleDetail = async (strapi: Core.Strapi, row: ArticleRow, images: Map<number, StoredFile>, myFeedback: boolean | null) => {
  const urls = new Map<number, string>();
  for (const [id, file] of images) {
    const url = await fetchableUrl(strapi, file);
    if (url) urls.set(id, url);
  }
  const body = mapBlockImages(row.body, (image) => {
    const file = typeof image.id === 'number' ? images.get(image.id) : undefined;
    const url = typeof image.id === 'number' ? urls.get(image.id) : undefined;
    if (!file || !url) return null;
    return {
      url,
      alternativeText: (file.alternativeText as string | null | undefined) ?? image.alternativeText ?? null,
      caption: (file.caption as string | null | undefined) ?? image.caption ?? null,
      width: (file.width as number | null | undefined) ?? null,
      height: (file.height as number | null | undefined) ?? null,
    };
  });
  return { ...(await presentArticleSummary(strapi, row)), body, myFeedback };
};

export const presentVideoSummary = async (strapi: Core.Strapi, row: VideoRow) => ({
  id: row.documentId,
  slug: row.slug ?? null,
  locale: row.locale,
  title: row.title,
  description: row.description ?? null,
  poster: row.poster?.url ? { url: (await fetchableUrl(strapi, row.poster))! } : null,
  durationSeconds: row.durationSeconds ?? null,
  deviceTypes: [...(row.deviceTypes ?? [])].sort(byName).map(catalogueRef),
  topic: row.topic ? catalogueRef(row.topic) : null,
  publishedAt: presentDateTime(row.publishedAt),
});

/** A video with its source: the uploaded file (fetchable URL and type), else the https link; null if neither is left. */
export const presentVideoDetail = async (strapi: Core.Strapi, row: VideoRow) => {
  const fileUrl = await fetchableUrl(strapi, row.file);
  const source = fileUrl
    ? { kind: 'file' as const, url: fileUrl, mime: row.file?.mime ?? 'video/mp4' }
    : row.externalUrl
      ? { kind: 'link' as const, url: row.externalUrl }
      : null;
  return { ...(await presentVideoSummary(strapi, row)), source };
};

export type ArticleSummary = Awaited<ReturnType<typeof presentArticleSummary>>;
export type VideoSummary = Awaited<ReturnType<typeof presentVideoSummary>>;
