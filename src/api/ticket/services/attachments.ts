/**
 * A ticket's attachments (service `api::ticket.attachments`): read from the multipart body
 * (strapi::body puts them on ctx.request.files), judged by src/domain/ticket-attachments.ts
 * before anything is written, stored through Strapi's upload plugin, and served back only
 * through the owner's and the staff's routes — from disk for the local provider, streamed from
 * the provider's URL (signed when the bucket is private) for a remote one.
 */
import fs from 'fs';
import { inRequestOrder } from '../../../utils/multipart-order';
import axios from 'axios';
import { sendStoredFile } from '../../../uploads/file-delivery';
import type { Core } from '@strapi/strapi';
import {
  ATTACHMENT_TYPES,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENT_BYTES,
  TICKET_ATTACHMENT_STEM,
  attachmentDownloadName,
  judgeAttachment,
  sniffAttachmentType,
  type AttachmentMime,
} from '../../../domain/ticket-attachments';
import { FieldErrors, validationError, fieldError } from '../../../validation/errors';

/** A file as formidable (strapi::body) hands it over. */
export type IncomingFile = { filepath: string; originalFilename?: string | null; mimetype?: string | null; size: number };
/** A file judged fit to attach, with the type its bytes show. */
export type AcceptedFile = { file: IncomingFile; mime: AttachmentMime; name: string };

export const ATTACHMENTS_FIELD = 'attachments';

const head = async (filepath: string): Promise<Uint8Array> => {
  const handle = await fs.promises.open(filepath, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const { bytesRead } = await handle.read(buffer, 0, 16, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const uploads = () => strapi.plugin('upload').service('upload');

  return {
    /**
     * The request's files: those under `attachments` (one or several), each judged; any other
     * file field, too many files, a file too large or not of an accepted type is a field error on
     * `attachments` (added to `errs`). Nothing is written here.
     */
    async read(ctx: any, errs: FieldErrors): Promise<AcceptedFile[]> {
      const files = (ctx.request?.files ?? {}) as Record<string, IncomingFile | IncomingFile[]>;
      for (const key of Object.keys(files)) if (key !== ATTACHMENTS_FIELD) errs.add(key, 'notAllowed');
      const raw = files[ATTACHMENTS_FIELD];
      const list = inRequestOrder(raw ? (Array.isArray(raw) ? raw : [raw]) : []);
      if (list.length > MAX_ATTACHMENTS) {
        errs.add(ATTACHMENTS_FIELD, 'attachmentTooMany', { max: MAX_ATTACHMENTS });
        return [];
      }
      const accepted: AcceptedFile[] = [];
      for (const [i, file] of list.entries()) {
        const problem = judgeAttachment({ size: Number(file.size ?? 0), head: file.size ? await head(file.filepath) : new Uint8Array() });
        if (problem) {
          errs.add(ATTACHMENTS_FIELD, problem, { index: i + 1, max: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
          continue;
        }
        const mime = sniffAttachmentType(await head(file.filepath))!;
        accepted.push({ file, mime, name: attachmentDownloadName(file.originalFilename, mime) });
      }
      return accepted;
    },

    /**
     * Stores the accepted files through the upload plugin, all or none: if one cannot be stored
     * (a damaged image the plugin refuses), those already stored are removed and the request is
     * a field error. Returns the file rows.
     */
    async store(accepted: AcceptedFile[]): Promise<any[]> {
      const stored: any[] = [];
      try {
        for (const [i, { file, mime, name }] of accepted.entries()) {
          // the stored name is <stem>_<random>.<real extension>: the public /uploads/ route refuses it
          const storedAs = `${TICKET_ATTACHMENT_STEM}.${ATTACHMENT_TYPES[mime]}`;
          const incoming = { ...file, originalFilename: storedAs, mimetype: mime, detectedMimeType: mime };
          let row: any;
          try {
            [row] = await uploads().upload({ data: { fileInfo: { name: storedAs } }, files: incoming });
          } catch (error) {
            // the storage refused or could not be reached (a remote provider: S3Error, or no answer)
            // is not the file's fault; anything else is the upload plugin refusing the file itself
            if ((error as Error)?.name === 'S3Error' || axios.isAxiosError(error)) {
              strapi.log.error(`ticket attachment ${i + 1} not stored, the storage failed: ${(error as Error)?.message}`);
              throw validationError([fieldError(ATTACHMENTS_FIELD, 'attachmentStorageUnavailable')]);
            }
            strapi.log.warn(`ticket attachment ${i + 1} not stored: ${(error as Error)?.message}`);
            throw validationError([fieldError(ATTACHMENTS_FIELD, 'attachmentUnreadable', { index: i + 1 })]);
          }
          stored.push(row);
          // the customer's own name is what a download is offered under
          await strapi.db.query('plugin::upload.file').update({ where: { id: row.id }, data: { name } });
          row.name = name;
        }
        return stored;
      } catch (error) {
        await this.remove(stored);
        throw error;
      }
    },

    /** Removes stored files (a write that failed after storing them). */
    async remove(files: any[]) {
      for (const file of files) {
        try {
          await uploads().remove(file);
        } catch (error) {
          strapi.log.error(`ticket attachment ${file?.id} could not be removed: ${(error as Error)?.message}`);
        }
      }
    },

    /**
     * Sends a stored attachment as a download under the customer's own name and its real type
     * (src/uploads/file-delivery.ts: Content-Disposition attachment, nosniff, a private cache;
     * from disk, or streamed from a remote provider's signed URL).
     */
    async send(ctx: any, file: any) {
      await sendStoredFile(strapi, ctx, file, attachmentDownloadName(file.name, file.mime));
    },
  };
};
