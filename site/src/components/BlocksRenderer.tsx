/**
 * An article's body — Strapi's `blocks` rich text (JSON) — as React elements: paragraphs,
 * headings, lists (nested), quotes, code, links and images. Never an HTML string: every text is a
 * text node, so whatever an editor typed (`<script>`, markup) shows as text. A link is followed only
 * to http(s) or a path on this site; any other address (javascript:, data:…) leaves its words as
 * plain text. Images load from http(s) or this site, with their alternative text (or caption).
 * Anything the renderer does not know is skipped, keeping the text inside it.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { BlockImage, ListBlock, ListItemBlock, RichTextBlock, TextLeaf } from '../api/types';

/** how deep lists may nest before the rest is flattened (a body is data, never trusted) */
const MAX_DEPTH = 8;

/** A link's destination: `internal` (a path here), `external` (http/https), or null (not followed). */
export const linkTarget = (raw: unknown): { kind: 'internal' | 'external'; href: string } | null => {
  if (typeof raw !== 'string') return null;
  const url = raw.trim();
  if (url === '') return null;
  // a path on this site: one leading slash (not `//host` nor `/\host`)
  if (/^\/(?![/\\])/.test(url)) return { kind: 'internal', href: url };
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? { kind: 'external', href: parsed.href } : null;
  } catch {
    return null;
  }
};

/** An image's address: http(s) or a path on this site; anything else is not loaded. */
export const imageSource = (raw: unknown): string | null => {
  const target = linkTarget(raw);
  return target ? target.href : null;
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const childrenOf = (node: unknown): unknown[] => (isObject(node) && Array.isArray(node.children) ? node.children : []);

/** A text leaf with its marks (bold, italic…), innermost first. */
function Leaf({ leaf }: { leaf: TextLeaf }) {
  let out: ReactNode = typeof leaf.text === 'string' ? leaf.text : '';
  if (leaf.code) out = <code className="rich__code-inline">{out}</code>;
  if (leaf.bold) out = <strong>{out}</strong>;
  if (leaf.italic) out = <em>{out}</em>;
  if (leaf.underline) out = <u>{out}</u>;
  if (leaf.strikethrough) out = <s>{out}</s>;
  return <>{out}</>;
}

/** The plain words of any node (a link not followed, an unknown inline). */
const plainText = (node: unknown, depth = 0): string => {
  if (!isObject(node) || depth > MAX_DEPTH) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return childrenOf(node)
    .map((child) => plainText(child, depth + 1))
    .join('');
};

function Inlines({ nodes }: { nodes: unknown[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        if (!isObject(node)) return null;
        if (node.type === 'text') return <Leaf key={i} leaf={node as TextLeaf} />;
        if (node.type === 'link') {
          const link = node as unknown as { url: unknown; children: unknown[] };
          const target = linkTarget(link.url);
          const inner = <Inlines nodes={childrenOf(link).filter((c) => isObject(c) && c.type === 'text')} />;
          if (!target) return <span key={i}>{inner}</span>;
          if (target.kind === 'internal') {
            return (
              <Link key={i} to={target.href}>
                {inner}
              </Link>
            );
          }
          return (
            <a key={i} href={target.href} target="_blank" rel="noopener noreferrer nofollow">
              {inner}
            </a>
          );
        }
        const text = plainText(node);
        return text ? <span key={i}>{text}</span> : null;
      })}
    </>
  );
}

/** Whether a block has no words at all (an empty paragraph editors leave between blocks). */
const isEmpty = (nodes: unknown[]) => nodes.every((n) => isObject(n) && n.type === 'text' && (typeof n.text !== 'string' || n.text.trim() === ''));

function List({ block, depth }: { block: ListBlock; depth: number }) {
  const Tag = block.format === 'ordered' ? 'ol' : 'ul';
  return (
    <Tag className={`rich__list rich__list--${block.format === 'ordered' ? 'ordered' : 'unordered'}`}>
      {childrenOf(block).map((item, i) => {
        if (!isObject(item)) return null;
        // a list directly inside a list (Strapi's indented list) goes into an item of its own
        if (item.type === 'list') {
          return (
            <li key={i} className="rich__list-nest">
              {depth < MAX_DEPTH ? <List block={item as unknown as ListBlock} depth={depth + 1} /> : plainText(item)}
            </li>
          );
        }
        return <ListItem key={i} item={item as unknown as ListItemBlock} depth={depth} />;
      })}
    </Tag>
  );
}

function ListItem({ item, depth }: { item: ListItemBlock; depth: number }) {
  const inline: unknown[] = [];
  const nested: ListBlock[] = [];
  for (const child of childrenOf(item)) {
    if (isObject(child) && child.type === 'list') nested.push(child as unknown as ListBlock);
    else inline.push(child);
  }
  return (
    <li>
      <Inlines nodes={inline} />
      {nested.map((list, i) => (depth < MAX_DEPTH ? <List key={i} block={list} depth={depth + 1} /> : <span key={i}>{plainText(list)}</span>))}
    </li>
  );
}

function Image({ image }: { image: BlockImage }) {
  const src = imageSource(image.url);
  if (!src) return null;
  const caption = typeof image.caption === 'string' && image.caption.trim() ? image.caption.trim() : null;
  const alt = typeof image.alternativeText === 'string' && image.alternativeText.trim() ? image.alternativeText.trim() : caption ?? '';
  const size = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined);
  return (
    <figure className="rich__figure">
      <img src={src} alt={alt} width={size(image.width)} height={size(image.height)} loading="lazy" decoding="async" className="rich__image" />
      {/* a caption that is the image's only description is read once, as its alternative text */}
      {caption && (
        <figcaption className="rich__caption" aria-hidden={caption === alt ? true : undefined}>
          {caption}
        </figcaption>
      )}
    </figure>
  );
}

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;
const headingLevel = (block: unknown): number | null =>
  isObject(block) && block.type === 'heading' && Number.isInteger(block.level) && (block.level as number) >= 1 && (block.level as number) <= 6 ? (block.level as number) : null;

/**
 * The page's own <h1> is the article's title: the body's highest heading becomes <h2> and the
 * others keep their distance from it (an editor's «Heading 2» sections under no «Heading 1» are
 * <h2>, not <h3>), down to <h6>.
 */
const headingTag = (level: number, top: number) => HEADINGS[Math.min(Math.max(level - top, 0), HEADINGS.length - 1)];

function Block({ block, top }: { block: RichTextBlock; top: number }) {
  const children = childrenOf(block);
  switch (block.type) {
    case 'paragraph':
      if (isEmpty(children)) return null;
      return (
        <p className="rich__p">
          <Inlines nodes={children} />
        </p>
      );
    case 'heading': {
      const level = headingLevel(block) ?? top;
      const Tag = headingTag(level, top);
      return (
        <Tag className="rich__heading">
          <Inlines nodes={children} />
        </Tag>
      );
    }
    case 'list':
      return <List block={block} depth={0} />;
    case 'quote':
      return (
        <blockquote className="rich__quote">
          <Inlines nodes={children} />
        </blockquote>
      );
    case 'code':
      // code keeps its line breaks and reads left to right whatever the page's direction
      return (
        <pre className="rich__pre" dir="ltr">
          <code>{plainText(block)}</code>
        </pre>
      );
    case 'image':
      return isObject(block.image) ? <Image image={block.image} /> : null;
    default: {
      const text = plainText(block);
      return text ? <p className="rich__p">{text}</p> : null;
    }
  }
}

/** The whole body; nothing when there is none. `lang`/`dir` when it is not in the page's language. */
export function BlocksRenderer({ blocks, lang, dir }: { blocks: RichTextBlock[] | null | undefined; lang?: string; dir?: 'rtl' | 'ltr' }) {
  if (!Array.isArray(blocks) || blocks.length === 0) return null;
  const levels = blocks.map(headingLevel).filter((l): l is number => l !== null);
  const top = levels.length > 0 ? Math.min(...levels) : 1;
  return (
    <div className="rich" lang={lang} dir={dir} data-testid="article-body">
      {blocks.map((block, i) => (isObject(block) ? <Block key={i} block={block} top={top} /> : null))}
    </div>
  );
}
