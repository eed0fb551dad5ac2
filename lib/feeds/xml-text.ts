// Pure text helpers of the feeds: what goes into XML must be characters XML 1.0 allows, and what
// a feed reader renders as HTML must say exactly what was typed.

/**
 * Characters XML 1.0 forbids (C0 controls other than tab and newlines, lone surrogates, U+FFFE
 * and U+FFFF) make a whole feed unreadable to a strict parser: they are dropped. U+E000 is
 * dropped too, because the builder uses it as a private marker (see feed-build.ts).
 */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE001-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, '');
}

/** Text to show as HTML: readers treat item titles and comment bodies as HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function absolute(raw: string, base: string): string {
  // Attribute values arrive entity-encoded; only `&amp;` matters in URLs of sanitized HTML.
  const value = raw.replace(/&amp;/g, '&');
  try {
    return new URL(value, base).href.replace(/&/g, '&amp;');
  } catch {
    return raw;
  }
}

/**
 * Links and images inside a story's body made absolute: a feed reader shows the body outside
 * the site, where `/media/…` would point at the reader's own host. The body is the sanitizer's
 * output, which quotes every attribute with double quotes.
 */
export function absolutizeHtml(html: string, base: string): string {
  return html.replace(/\s(href|src|srcset)="([^"]*)"/g, (_whole, name: string, value: string) => {
    if (name !== 'srcset') return ` ${name}="${absolute(value, base)}"`;
    const candidates = value.split(',').map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, base), ...descriptor].join(' ');
    });
    return ` srcset="${candidates.join(', ')}"`;
  });
}

/** The start of a story's text, for the excerpt setting when a story has no standfirst. */
export function plainExcerpt(html: string, max = 300): string {
  const text = html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A plain-text comment as HTML paragraphs, every character escaped. */
export function commentHtml(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
