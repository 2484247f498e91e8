/**
 * Files stored through Strapi's upload plugin, handed to a customer — one way for every capability
 * (ticket attachments, a device model's documents, the knowledge base's images and videos):
 *
 *   fetchableUrl(strapi, file)  the address a browser can fetch: a local file's /uploads/… path as
 *                               stored; a remote provider's URL, presigned when its bucket is
 *                               private (UPLOAD_PROVIDER=s3: src/uploads/s3/provider.ts)
 *   sendStoredFile(strapi, ctx, file, name)
 *                               the file itself as a download behind a customer's (or staff's)
 *                               route: its stored type, Content-Disposition attachment under
 *                               `name`, nosniff, a sandboxing CSP, a private cache. Local files
 *                               stream from disk (never outside public/uploads); a remote
 *                               provider's from its (signed) URL through axios.
 *
 * The file row needs url, mime and — for signing — hash and ext (what the upload plugin stores).
 */
import fs from 'fs';
import path from 'path';
import axios from 'axios';
import type { Core } from '@strapi/strapi';
import { contentDisposition } from '../domain/ticket-attachments';

export type StoredFile = { id?: number; url?: string | null; mime?: string | null; hash?: string; ext?: string | null; name?: string | null; [key: string]: unknown };

/** The columns of plugin::upload.file a fetchable URL or a download needs. */
export const STORED_FILE_FIELDS = ['id', 'documentId', 'name', 'alternativeText', 'caption', 'url', 'mime', 'size', 'hash', 'ext', 'provider', 'width', 'height'];

const remoteUrl = async (strapi: Core.Strapi, file: StoredFile): Promise<string> => {
  const url = file.url ?? '';
  const provider: any = strapi.plugin('upload').provider;
  if (typeof provider?.isPrivate === 'function' && (await provider.isPrivate())) return (await provider.getSignedUrl(file))?.url ?? url;
  return url;
};

/** The address a browser can fetch the file at (signed when the provider is private); null without a file. */
export const fetchableUrl = async (strapi: Core.Strapi, file: StoredFile | null | undefined): Promise<string | null> => {
  if (!file?.url) return null;
  return file.url.startsWith('/') ? file.url : remoteUrl(strapi, file);
};

/** Sends a stored file as a download named `downloadName` (see the header); 404 when it is gone. */
export const sendStoredFile = async (strapi: Core.Strapi, ctx: any, file: StoredFile, downloadName: string) => {
  ctx.set('Content-Disposition', contentDisposition(downloadName));
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-cache');
  ctx.set('Content-Security-Policy', "default-src 'none'; sandbox");
  const url: string = file.url ?? '';
  const mime = file.mime || 'application/octet-stream';
  if (url.startsWith('/')) {
    const root = path.resolve(strapi.dirs.static.public);
    const full = path.resolve(root, `.${decodeURI(url)}`);
    if (!full.startsWith(`${path.join(root, 'uploads')}${path.sep}`)) return ctx.notFound();
    const stat = await fs.promises.stat(full).catch(() => null);
    if (!stat?.isFile()) return ctx.notFound();
    ctx.type = mime;
    ctx.length = stat.size;
    ctx.body = fs.createReadStream(full);
    return;
  }
  const response = await axios.get(await remoteUrl(strapi, file), { responseType: 'stream', timeout: 30_000, validateStatus: () => true });
  if (response.status !== 200) {
    response.data?.destroy?.();
    strapi.log.error(`stored file ${file.id}: the provider answered ${response.status}`);
    return ctx.notFound();
  }
  ctx.type = mime;
  if (response.headers['content-length']) ctx.length = Number(response.headers['content-length']);
  ctx.body = response.data;
};

/**
 * The name a stored file is downloaded under: its name without folders, control or quote
 * characters, at most 100 characters, ending in its stored extension.
 */
export const storedFileDownloadName = (file: Pick<StoredFile, 'name' | 'ext'>): string => {
  const ext = String(file.ext ?? '').replace(/[^A-Za-z0-9.]/g, '').replace(/^\.*/, '.').slice(0, 10);
  const base = String(file.name ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .trim();
  const stem = (ext.length > 1 && base.toLowerCase().endsWith(ext.toLowerCase()) ? base.slice(0, -ext.length) : base).trim().slice(0, 100);
  return `${stem || 'document'}${ext.length > 1 ? ext : ''}`;
};
