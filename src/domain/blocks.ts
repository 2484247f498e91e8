/**
 * Strapi's `blocks` rich text (an article's body) as JSON: a list of blocks — paragraph, heading,
 * list (of list-items), quote, code, image — whose children are text nodes ({ type: 'text', text,
 * bold?, … }) and links ({ type: 'link', url, children }). Pure functions over that JSON: its
 * plain text (what search reads), the upload ids of its images, and a copy with each image
 * replaced (the customer API puts a fetchable URL in it).
 */

export type BlockNode = { type?: string; text?: string; url?: string; children?: BlockNode[]; image?: BlockImage | null; [key: string]: unknown };
export type BlockImage = { id?: number; url?: string; alternativeText?: string | null; caption?: string | null; width?: number | null; height?: number | null; [key: string]: unknown };

const asNodes = (value: unknown): BlockNode[] => (Array.isArray(value) ? value.filter((n): n is BlockNode => Boolean(n) && typeof n === 'object') : []);

const nodeText = (node: BlockNode): string => {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'image') return [node.image?.alternativeText, node.image?.caption].filter((t): t is string => typeof t === 'string' && t.length > 0).join(' ');
  return asNodes(node.children).map(nodeText).join('');
};

/**
 * The text of a body, one line per block (a list's items each on their own line); an image
 * counts with its alternative text and caption. Not JSON: anything else reads as no text.
 */
export const blocksPlainText = (blocks: unknown): string =>
  asNodes(blocks)
    .map((block) => (block.type === 'list' ? asNodes(block.children).map(nodeText).join('\n') : nodeText(block)))
    .filter((line) => line.length > 0)
    .join('\n');

/** The upload file ids of a body's images (each once, in order). */
export const blockImageIds = (blocks: unknown): number[] => {
  const ids: number[] = [];
  const visit = (nodes: BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'image' && typeof node.image?.id === 'number' && !ids.includes(node.image.id)) ids.push(node.image.id);
      visit(asNodes(node.children));
    }
  };
  visit(asNodes(blocks));
  return ids;
};

/** A copy of a body with each image block's `image` replaced by `replace(image)` (null drops the block). */
export const mapBlockImages = (blocks: unknown, replace: (image: BlockImage) => BlockImage | null): BlockNode[] => {
  const visit = (nodes: BlockNode[]): BlockNode[] =>
    nodes.flatMap((node) => {
      if (node.type === 'image') {
        const image = node.image ? replace(node.image) : null;
        return image ? [{ ...node, image }] : [];
      }
      return [node.children ? { ...node, children: visit(asNodes(node.children)) } : { ...node }];
    });
  return visit(asNodes(blocks));
};

/** An image block for an upload file row, as the admin's editor writes it (the file's own fields). */
export const imageBlock = (file: Record<string, any>): BlockNode => {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value ?? new Date().toISOString()));
  return {
    type: 'image',
    image: {
      id: file.id,
      documentId: file.documentId,
      name: file.name,
      alternativeText: file.alternativeText ?? null,
      caption: file.caption ?? null,
      url: file.url,
      width: file.width ?? 0,
      height: file.height ?? 0,
      formats: file.formats ?? null,
      hash: file.hash,
      ext: file.ext,
      mime: file.mime,
      size: Number(file.size),
      previewUrl: file.previewUrl ?? null,
      provider: file.provider,
      provider_metadata: file.provider_metadata ?? null,
      createdAt: iso(file.createdAt),
      updatedAt: iso(file.updatedAt),
    },
    children: [{ type: 'text', text: '' }],
  };
};
