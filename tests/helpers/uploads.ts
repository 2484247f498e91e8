/**
 * Files stored through Strapi's upload plugin, as staff store them in the Media Library — for
 * tests that need an image, a video or a PDF attached to a record (the knowledge base's covers,
 * a device model's documents).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';

export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
/** An MP4's first box (ftyp isom): enough for the type to be read from the bytes. */
export const MP4_HEAD = Buffer.from('000000186674797069736f6d0000020069736f6d6d703431', 'hex');

let sequence = 0;

/** Stores `bytes` as a file named `name` (its type `mime`) and returns the file row. */
export const uploadFile = async (strapi: Core.Strapi, bytes: Buffer, name: string, mime: string, alternativeText?: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-upload-'));
  const filepath = path.join(dir, `upload-${++sequence}${path.extname(name)}`);
  fs.writeFileSync(filepath, bytes);
  try {
    const [file] = await strapi
      .plugin('upload')
      .service('upload')
      .upload({ data: { fileInfo: { name, alternativeText } }, files: { filepath, originalFilename: name, mimetype: mime, size: bytes.length } });
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** Removes the files a test stored (they live in public/uploads, or the fake bucket). */
export const removeFiles = async (strapi: Core.Strapi, files: Array<{ id: number }>) => {
  for (const file of files) {
    const row = await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
    if (row) await strapi.plugin('upload').service('upload').remove(row);
  }
};
