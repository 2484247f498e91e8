/**
 * THE rule for a ticket's attachments (seed 001 §4): at most 5 files a message, each at most 5 MB,
 * and only JPEG, PNG, WebP or PDF — decided by the file's first bytes (its magic number), never by
 * its name or the type the browser claims. A renamed .exe or an HTML page called x.png is refused.
 *
 * Stored through Strapi's upload plugin under a fixed stem (TICKET_ATTACHMENT_STEM), so the
 * public /uploads/ route can tell a ticket's attachment from a site image and refuse it
 * (src/middlewares/private-uploads.ts): attachments are served only through the owner's and the
 * staff's routes.
 */

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
} as const;
export type AttachmentMime = keyof typeof ATTACHMENT_TYPES;

/** The type of a file by its first bytes (at least 12 are needed), or null when not one we take. */
export const sniffAttachmentType = (head: Uint8Array): AttachmentMime | null => {
  const starts = (bytes: number[], at = 0) => head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF <size> WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  return null;
};

export type AttachmentProblem = 'attachmentTooMany' | 'attachmentTooLarge' | 'attachmentType' | 'attachmentEmpty';

/** What is wrong with one file (its size and first bytes), or null when it may be attached. */
export const judgeAttachment = ({ size, head }: { size: number; head: Uint8Array }): AttachmentProblem | null => {
  if (!size) return 'attachmentEmpty';
  if (size > MAX_ATTACHMENT_BYTES) return 'attachmentTooLarge';
  return sniffAttachmentType(head) ? null : 'attachmentType';
};

/**
 * The stem every stored attachment's file name starts with: the upload plugin names the stored
 * file `<stem>_<random>.<ext>` (and its image formats `<format>_<stem>_<random>.<ext>`).
 */
export const TICKET_ATTACHMENT_STEM = 'ticketattachment';

/** Whether a path under /uploads/ is a ticket attachment (or one of its image formats). */
export const isTicketAttachmentPath = (path: string): boolean => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.split('?')[0]);
  } catch {
    return true; // a path that does not decode is not served either
  }
  return new RegExp(`(^|[/_\\\\])${TICKET_ATTACHMENT_STEM}_`, 'i').test(decoded);
};

/**
 * The name a download is offered under: the customer's own file name without folders, control
 * or quote characters, at most 100 characters, ending in the extension of its real type.
 */
export const attachmentDownloadName = (original: string | null | undefined, mime: AttachmentMime | string): string => {
  const ext = ATTACHMENT_TYPES[mime as AttachmentMime] ?? 'bin';
  const base = String(original ?? '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|:*?]/g, '')
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 100);
  return `${base || 'attachment'}.${ext}`;
};

/** Content-Disposition for a download, with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export const contentDisposition = (name: string): string => {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
};
