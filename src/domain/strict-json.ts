/**
 * JSON as the portal reads it: an object may not name the same key twice.
 *
 * JSON.parse keeps the last of two equal keys, so `{"choice":"cancel","choice":"renew"}` reads as
 * renew while a proxy, a log or a web application firewall in front may read it as cancel. The
 * API refuses such a body instead (src/middlewares/request-body.ts). Keys are compared after
 * their escapes are decoded (`"\u0063hoice"` is `"choice"`).
 */

export type DuplicateKey = { key: string; path: string[] };

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * The first key that appears twice in one object of `text`, with the path of that object; null
 * when there is none. `text` must be JSON that JSON.parse accepts; anything else returns null
 * (the parser reports it).
 */
export const findDuplicateKey = (text: string): DuplicateKey | null => {
  // one frame per open object or array: the keys seen so far (objects), the key or index that
  // led to it, and whether the next string is a key
  type Frame = { keys: Set<string> | null; at: string; expectKey: boolean; index: number };
  const stack: Frame[] = [];
  const pathOf = () => stack.slice(1).map((f) => f.at);
  let pendingKey: string | null = null;
  let i = 0;

  const childLabel = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.keys) return pendingKey ?? '';
    return String(top.index);
  };

  while (i < text.length) {
    const c = text[i];
    if (WHITESPACE.has(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (j >= text.length) return null;
      const top = stack[stack.length - 1];
      if (top?.keys && top.expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, j + 1));
        } catch {
          return null;
        }
        if (top.keys.has(key)) return { key, path: [...pathOf(), key] };
        top.keys.add(key);
        top.expectKey = false;
        pendingKey = key;
      }
      i = j + 1;
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push({ keys: c === '{' ? new Set() : null, at: childLabel(), expectKey: c === '{', index: 0 });
      i++;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
      continue;
    }
    if (c === ',') {
      const top = stack[stack.length - 1];
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
      i++;
      continue;
    }
    // ':' and the characters of numbers, true, false and null
    i++;
  }
  return null;
};
