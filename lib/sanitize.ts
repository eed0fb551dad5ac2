import sanitizeHtml from 'sanitize-html';

/**
 * The allow-list for article bodies. Everything else (script, style, iframes, event
 * handlers, javascript: and data: URLs) is removed on every write path. The one class allowed
 * is an image's credit, `<small class="credit">`, and only inside a `<figcaption>` (see
 * components/admin/editor/figure-image.ts).
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'a',
    'br',
    'hr',
    'figure',
    'figcaption',
    'img',
    'code',
    'pre',
    'sub',
    'sup',
    'cite',
    'q',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
    'small',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height', 'loading'],
    th: ['scope', 'colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    small: ['class'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:/i.test(attribs.href ?? '');
      const attrs: Record<string, string> = { ...attribs };
      if (attrs.target === '_blank' || external) attrs.rel = 'noopener noreferrer';
      if (attrs.target && attrs.target !== '_blank') delete attrs.target;
      return { tagName, attribs: attrs };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: 'lazy' } }),
  },
  allowedClasses: { small: ['credit'] },
  disallowedTagsMode: 'discard',
};

export function sanitizeArticleHtml(html: string): string {
  // How many <figcaption>s the parser is inside, counted on the source tags as they open and close.
  let inCaption = 0;
  return sanitizeHtml(html, {
    ...options,
    onOpenTag: (name) => {
      if (name === 'figcaption') inCaption++;
    },
    onCloseTag: (name) => {
      if (name === 'figcaption' && inCaption > 0) inCaption--;
    },
    transformTags: {
      ...options.transformTags,
      small: (tagName, attribs) => ({
        tagName,
        attribs:
          inCaption > 0 && attribs.class?.split(/\s+/).includes('credit')
            ? { class: 'credit' }
            : ({} as Record<string, string>),
      }),
    },
    // A <small> that is not a credit loses its tags and keeps its text.
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'small' && frame.attribs.class !== 'credit' ? 'excludeTag' : false),
  }).trim();
}

/** Plain text of an HTML fragment (for excerpts, reading time, search). */
export function htmlToText(html: string): string {
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|div|figcaption|td|th|pre)>|<br\s*\/?>/gi, '$& ');
  return sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} })
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Minutes to read at ~200 words per minute (Arabic words count the same way), at least 1. */
export function readingMinutes(html: string): number {
  const words = htmlToText(html).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}
