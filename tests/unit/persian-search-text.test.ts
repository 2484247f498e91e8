/**
 * THE knowledge base's search rule (src/domain/persian-search-text.ts) and the text of a blocks
 * body (src/domain/blocks.ts): however a buyer types a word — Arabic letters, any digits, a
 * half-space, a space or nothing — it finds the same article.
 */
import {
  buildSearchText,
  compactSearchForm,
  matchesInTitle,
  matchesSearch,
  searchPatterns,
  searchSpelling,
  searchTokens,
} from '../../src/domain/persian-search-text';
import { blockImageIds, blocksPlainText, mapBlockImages } from '../../src/domain/blocks';

const ZWNJ = '\u200c';

describe('the compact form', () => {
  test('Arabic letters become the Persian ones searched', () => {
    expect(compactSearchForm('كيك')).toBe('کیک');
    expect(compactSearchForm('مسئول')).toBe(compactSearchForm('مسیول'));
    expect(compactSearchForm('ى')).toBe('ی');
    expect(compactSearchForm('مدرسة')).toBe('مدرسه');
    expect(compactSearchForm('خانۀ')).toBe('خانه');
    expect(compactSearchForm('أمير إيران آب ٱلف')).toBe('امیرایرانابالف');
    expect(compactSearchForm('مؤسسه')).toBe('موسسه');
    expect(compactSearchForm('اجزاء')).toBe('اجزا');
  });

  test('diacritics and tatweel go; presentation forms become letters', () => {
    expect(compactSearchForm('کِتابُ')).toBe('کتاب');
    expect(compactSearchForm('مـــدل')).toBe('مدل');
    expect(compactSearchForm('ﻻ')).toBe('لا');
    // alef + combining madda is the same as آ
    expect(compactSearchForm('\u0627\u0653ب')).toBe(compactSearchForm('آب'));
  });

  test('Persian and Arabic-Indic digits become ASCII; Latin is lower case', () => {
    expect(compactSearchForm('مدل ZC-۲۰۰')).toBe('مدلzc200');
    expect(compactSearchForm('٤٥٠ درجه')).toBe('450درجه');
    expect(compactSearchForm('۱۴۰۳/۱۲/۳۰')).toBe('14031230');
  });

  test('spaces, half-spaces, joiners, direction marks, punctuation and symbols are removed', () => {
    expect(compactSearchForm(`می${ZWNJ}شود`)).toBe('میشود');
    expect(compactSearchForm('می شود')).toBe('میشود');
    expect(compactSearchForm('\u200Fراه‌اندازی، «سریع»!\u200E')).toBe('راهاندازیسریع');
    expect(compactSearchForm('50% _x_ a\\b °C')).toBe('50xabc');
    expect(compactSearchForm(null)).toBe('');
  });

  test('searchSpelling keeps spacing but unifies letters and digits', () => {
    expect(searchSpelling('مي شود ۱۲')).toBe('می شود 12');
  });
});

describe('tokens and matching', () => {
  const article = buildSearchText(`چگونه کمپرسور چیلر را راه${ZWNJ}اندازی کنیم`, `این کار در ۵ دقیقه انجام می${ZWNJ}شود.`, 'فشار روغن را بررسی کنید.');

  test('the stored text: compact title, one space, compact rest', () => {
    expect(article).toBe('چگونهکمپرسورچیلرراراهاندازیکنیم اینکاردر5دقیقهانجاممیشودفشارروغنرابررسیکنید');
    expect(article.split(' ')).toHaveLength(2);
    expect(buildSearchText('عنوان')).toBe('عنوان ');
  });

  test('a query is split on whitespace; each token in compact form, empty ones dropped, each once', () => {
    expect(searchTokens(`  مي   شود\tمی${ZWNJ}شود ، `)).toEqual(['می', 'شود', 'میشود']);
    expect(searchTokens('')).toEqual([]);
    expect(searchTokens('؟ ! …')).toEqual([]);
    expect(searchTokens(undefined)).toEqual([]);
  });

  test.each([
    [`می${ZWNJ}شود`],
    ['میشود'],
    ['می شود'],
    ['مي شود'],
    ['مي‌شود'],
    ['۵ دقيقه'],
    ['٥ دقیقه'],
    ['5 دقیقه'],
    ['راه اندازی'],
    [`راه${ZWNJ}اندازي`],
    ['راهاندازی'],
    ['كمپرسور'],
  ])('«%s» finds the article', (query) => {
    expect(matchesSearch(article, searchTokens(query))).toBe(true);
  });

  test('every token must be there; no token crosses from the title into the rest', () => {
    expect(matchesSearch(article, searchTokens('کمپرسور پمپ'))).toBe(false);
    // «کنیم» ends the title and «این» starts the rest: no match across the space
    expect(matchesSearch(article, searchTokens('کنیماین'))).toBe(false);
    expect(matchesSearch(article, [])).toBe(true);
  });

  test('a title match is told apart from a match in the rest', () => {
    expect(matchesInTitle(article, searchTokens('چیلر راه اندازی'))).toBe(true);
    expect(matchesInTitle(article, searchTokens('چیلر فشار'))).toBe(false);
    expect(matchesInTitle(article, [])).toBe(false);
  });

  test('LIKE patterns: anywhere, and before the space for the title', () => {
    expect(searchPatterns(['چیلر', '200'])).toEqual({ anywhere: ['%چیلر%', '%200%'], inTitle: ['%چیلر% %', '%200% %'] });
    expect(() => searchPatterns(['a%b'])).toThrow();
    // nothing a buyer types leaves a LIKE wildcard in a token
    expect(searchTokens('100% _ \\ a_b').join('')).not.toMatch(/[%_\\]/);
  });
});

describe('a blocks body', () => {
  const body = [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'پیش از روشن کردن' }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'شیر آب را ' },
        { type: 'text', text: 'باز', bold: true },
        { type: 'text', text: ' کنید و ' },
        { type: 'link', url: 'https://example.ir', children: [{ type: 'text', text: 'راهنما' }] },
        { type: 'text', text: ' را ببینید.' },
      ],
    },
    { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'برق' }] }, { type: 'list-item', children: [{ type: 'text', text: 'آب' }] }] },
    { type: 'image', image: { id: 7, url: '/uploads/panel.png', alternativeText: 'صفحهٔ کنترل', caption: null }, children: [{ type: 'text', text: '' }] },
    { type: 'image', image: { id: 7, url: '/uploads/panel.png' }, children: [{ type: 'text', text: '' }] },
    { type: 'quote', children: [{ type: 'text', text: 'نکته' }] },
  ];

  test('its plain text: one line per block and per list item, images by their alternative text', () => {
    expect(blocksPlainText(body)).toBe('پیش از روشن کردن\nشیر آب را باز کنید و راهنما را ببینید.\nبرق\nآب\nصفحهٔ کنترل\nنکته');
    expect(blocksPlainText(null)).toBe('');
    expect(blocksPlainText('not blocks')).toBe('');
  });

  test('its image ids, each once; images replaced or dropped in a copy', () => {
    expect(blockImageIds(body)).toEqual([7]);
    const mapped = mapBlockImages(body, (image) => (image.alternativeText ? { url: `https://cdn.example/${image.id}`, alternativeText: image.alternativeText } : null));
    expect(mapped.filter((b) => b.type === 'image')).toEqual([{ type: 'image', image: { url: 'https://cdn.example/7', alternativeText: 'صفحهٔ کنترل' }, children: [{ type: 'text', text: '' }] }]);
    expect(mapped).toHaveLength(body.length - 1);
    expect((body[3] as any).image.url).toBe('/uploads/panel.png'); // the original is untouched
  });
});
