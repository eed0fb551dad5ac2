import { Feed, type Item } from 'feed';
import { absolutizeHtml, commentHtml, escapeHtml, plainExcerpt, xmlText } from './xml-text';
import type { FeedChannel, FeedComment, FeedContent, FeedFormat, FeedStory } from './types';

/** "Leila Haddad and AFP": the byline's names as the language joins a list. */
function joinNames(locale: string, names: { name: string }[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names.map((n) => n.name));
}

// Writes RSS 2.0 and Atom with the `feed` package, covering what it leaves out: characters XML
// forbids, `<` inside attributes (it escapes only `&` and `"` there), the `dc` and `media`
// namespaces when it did not declare them, and the Atom feed's language.

/** Stands for `<` inside attribute values until the XML is written (stripped from all input). */
const LT = '\uE000';

const attr = (value: string) => xmlText(value).replace(/</g, LT);

const NAMESPACES = {
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  atom: 'http://www.w3.org/2005/Atom',
};

function newFeed(channel: FeedChannel, base: string) {
  const url = (path: string) => new URL(path, base).href;
  return new Feed({
    id: url(channel.path),
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link: url(channel.path),
    language: channel.locale,
    updated: channel.updated,
    generator: 'Maydan',
    feedLinks: { rss: url(channel.self.rss), atom: url(channel.self.atom) },
  });
}

function finish(feed: Feed, format: FeedFormat, locale: string): string {
  if (format === 'atom') {
    return (
      feed
        .atom1()
        // The package names an enclosure's type after its file extension: `.jpg` is image/jpeg.
        .replace(/^(\s*<link rel="enclosure" href="[^"]*" type=")image\/jpg"/gm, '$1image/jpeg"')
        .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="${NAMESPACES.atom}" xml:lang="${locale}">`)
        .replaceAll(LT, '&lt;')
    );
  }
  let xml = feed.rss2();
  const declared = /<rss [^>]*>/.exec(xml)?.[0] ?? '<rss version="2.0">';
  const missing = (['dc', 'media', 'atom'] as const)
    .filter((prefix) => !declared.includes(`xmlns:${prefix}=`))
    .map((prefix) => ` xmlns:${prefix}="${NAMESPACES[prefix]}"`)
    .join('');
  xml = xml.replace(declared, declared.replace(/>$/, `${missing}>`));
  return xml.replaceAll(LT, '&lt;');
}

/** The language's, a section's, a tag's or an author's latest stories. */
export function buildStoryFeed(
  channel: FeedChannel,
  stories: FeedStory[],
  options: { format: FeedFormat; content: FeedContent; base: string },
): string {
  const { format, content, base } = options;
  const url = (path: string) => new URL(path, base).href;
  const feed = newFeed(channel, base);
  for (const story of stories) {
    const summary = xmlText(story.dek || plainExcerpt(story.body));
    const image = story.image;
    const categories = [...(story.section ? [story.section] : []), ...story.tags];
    const item: Item = {
      // Item titles are read as HTML by feed readers (and Atom says type="html"): escaped once,
      // a title shows exactly as typed.
      title: escapeHtml(xmlText(story.title)),
      id: url(story.path),
      link: url(story.path),
      date: story.updatedAt,
      published: story.publishedAt,
      description: escapeHtml(summary),
      content: content === 'full' ? xmlText(absolutizeHtml(story.body, base)) : undefined,
      category: categories.map((c) =>
        format === 'atom'
          ? { name: attr(c.name), term: attr(c.name), scheme: url(c.path) }
          : { name: xmlText(c.name), domain: url(c.path) },
      ),
      enclosure: image ? { url: url(image.path), type: image.type, length: image.size } : undefined,
      // Atom has an author element; RSS's <author> must be an email, so it gets dc:creator.
      author:
        format === 'atom'
          ? story.byline.map((b) => ({ name: xmlText(b.name), ...(b.path ? { link: url(b.path) } : {}) }))
          : undefined,
      extensions:
        format === 'rss'
          ? [
              ...(story.byline.length > 0
                ? [{ name: 'dc:creator', objects: { _text: xmlText(joinNames(channel.locale, story.byline)) } }]
                : []),
              ...(image
                ? [
                    {
                      name: 'media:content',
                      objects: {
                        _attributes: {
                          url: url(image.path),
                          medium: 'image',
                          type: image.type,
                          width: image.width,
                          height: image.height,
                        },
                        ...(image.alt ? { 'media:description': { _text: xmlText(image.alt) } } : {}),
                      },
                    },
                  ]
                : []),
            ]
          : undefined,
    };
    feed.addItem(item);
  }
  return finish(feed, format, channel.locale);
}

/** Approved comments, newest first: of one story, or of the whole language. */
export function buildCommentFeed(
  channel: FeedChannel,
  comments: FeedComment[],
  options: { format: FeedFormat; base: string; itemTitle: (comment: FeedComment) => string },
): string {
  const { format, base } = options;
  const url = (path: string) => new URL(path, base).href;
  const feed = newFeed(channel, base);
  for (const comment of comments) {
    const link = `${url(comment.article.path)}#comment-${comment.id}`;
    const name = xmlText(comment.name);
    feed.addItem({
      title: escapeHtml(xmlText(options.itemTitle(comment))),
      id: link,
      link,
      date: comment.updatedAt,
      published: comment.createdAt,
      description: xmlText(commentHtml(comment.body)),
      author: format === 'atom' ? [{ name }] : undefined,
      extensions: format === 'rss' ? [{ name: 'dc:creator', objects: { _text: name } }] : undefined,
    });
  }
  return finish(feed, format, channel.locale);
}
