/**
 * Strapi's upload provider for S3-compatible storage (the package
 * providers/strapi-provider-upload-poshtiban-s3 loads this file from dist/). The upload plugin calls
 * `init(providerOptions)` once (@strapi/upload register.js createProvider) and then:
 *   uploadStream(file) / upload(file)  store file.stream or file.buffer under the file's key and
 *                                      set file.url (the plugin persists it)
 *   delete(file)                       remove the object (and the plugin calls it per image format)
 *   isPrivate()                        true: the bucket is private, so the plugin signs every URL it
 *                                      hands out (Media Library, Document Service) with
 *   getSignedUrl(file)                 a presigned GET living signedUrlExpires seconds
 * The key is <prefix><path/><hash><ext> — the hash is the upload plugin's unique name of the file.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { createS3Client } from './client';
import { checkS3Options } from './options';

/** A file as the upload plugin hands it to a provider (the parts used here). */
export type ProviderFile = {
  hash: string;
  ext?: string;
  mime: string;
  path?: string;
  url?: string;
  size?: number;
  sizeInBytes?: number;
  buffer?: Buffer;
  stream?: Readable & { path?: string | Buffer };
};

export const objectKey = (prefix: string, file: Pick<ProviderFile, 'hash' | 'ext' | 'path'>) => {
  const folder = file.path ? `${String(file.path).replace(/^\/+|\/+$/g, '')}/` : '';
  return `${prefix}${folder}${file.hash}${file.ext ?? ''}`;
};

/** The byte length of a stream: the file it reads, else the plugin's sizeInBytes. */
const streamLength = async (file: ProviderFile): Promise<number | undefined> => {
  const path = file.stream?.path;
  if (path) {
    const stat = await fs.promises.stat(path).catch(() => null);
    if (stat?.isFile()) return stat.size;
  }
  return Number.isInteger(file.sizeInBytes) ? file.sizeInBytes : undefined;
};

export default {
  init(providerOptions: Record<string, unknown>) {
    const options = checkS3Options(providerOptions ?? {});
    const client = createS3Client(options);
    const keyOf = (file: ProviderFile) => client.keyOfUrl(file.url) ?? objectKey(options.prefix, file);

    return {
      async upload(file: ProviderFile) {
        if (!file.buffer) throw new Error(`S3 upload of ${file.hash}: no buffer`);
        const key = objectKey(options.prefix, file);
        await client.putObject(key, file.buffer, { contentType: file.mime });
        file.url = client.fileUrl(key);
      },

      async uploadStream(file: ProviderFile) {
        if (!file.stream) throw new Error(`S3 upload of ${file.hash}: no stream`);
        const key = objectKey(options.prefix, file);
        const length = await streamLength(file);
        if (length === undefined) {
          // a stream of unknown length: read it (S3's PUT needs the length first)
          const chunks: Buffer[] = [];
          for await (const chunk of file.stream) chunks.push(Buffer.from(chunk));
          await client.putObject(key, Buffer.concat(chunks), {
            contentType: file.mime,
          });
        } else {
          await client.putObject(key, file.stream, {
            contentType: file.mime,
            contentLength: length,
          });
        }
        file.url = client.fileUrl(key);
      },

      async delete(file: ProviderFile) {
        await client.deleteObject(keyOf(file));
      },

      isPrivate() {
        return true;
      },

      async getSignedUrl(file: ProviderFile) {
        return { url: client.presignGet(keyOf(file)) };
      },
    };
  },
};
