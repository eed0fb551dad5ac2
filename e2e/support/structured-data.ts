/**
 * A run-time check of JSON-LD blocks for the fields search engines require (Google's
 * structured-data documentation for Article, Breadcrumb, Sitelinks search box, Organization,
 * ProfilePage). Returns the problems found, each naming where; an empty list means valid.
 * Pure: the e2e specs feed it what a page serves, the unit tests feed it hand-made blocks.
 */

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const types = (node: Node): string[] => list(node['@type']).filter((t): t is string => typeof t === 'string');
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const absolute = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^/\s]+/.test(value);
/** ISO 8601 with a time and a zone, as Google asks for dates. */
const isoDate = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value);
const graphemes = (value: string) =>
  [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(value)].length;
/** A size in pixels: a number, or a QuantitativeValue holding one. */
const pixels = (value: unknown) => {
  const n = isNode(value) ? value.value : value;
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
};

type Rule = (node: Node, at: string, problems: string[]) => void;

const need = (problems: string[], ok: boolean, message: string) => {
  if (!ok) problems.push(message);
};

const imageRule: Rule = (node, at, problems) => {
  need(problems, absolute(node.url), `${at}: ImageObject needs an absolute url`);
  if (node.width !== undefined) need(problems, pixels(node.width), `${at}: ImageObject width is not a size in pixels`);
  if (node.height !== undefined)
    need(problems, pixels(node.height), `${at}: ImageObject height is not a size in pixels`);
};

const organizationRule: Rule = (node, at, problems) => {
  need(problems, text(node.name), `${at}: organization needs a name`);
  need(problems, absolute(node.url), `${at}: organization needs an absolute url`);
  const logo = node.logo;
  need(problems, isNode(logo) ? absolute(logo.url) : absolute(logo), `${at}: organization needs a logo with a url`);
};

const personRule: Rule = (node, at, problems) => {
  need(problems, text(node.name), `${at}: Person needs a name`);
  if (node.url !== undefined) need(problems, absolute(node.url), `${at}: Person url must be absolute`);
};

const rules: Record<string, Rule> = {
  NewsArticle: (node, at, problems) => {
    need(problems, text(node.headline), `${at}: NewsArticle needs a headline`);
    if (typeof node.headline === 'string')
      need(problems, graphemes(node.headline) <= 110, `${at}: NewsArticle headline is over 110 characters`);
    const images = list(node.image);
    need(problems, images.length > 0, `${at}: NewsArticle needs an image`);
    need(
      problems,
      images.every((i) => (isNode(i) ? absolute(i.url) : absolute(i))),
      `${at}: NewsArticle images need absolute urls`,
    );
    need(problems, isoDate(node.datePublished), `${at}: NewsArticle needs datePublished (ISO 8601 with zone)`);
    need(problems, isoDate(node.dateModified), `${at}: NewsArticle needs dateModified (ISO 8601 with zone)`);
    if (isoDate(node.datePublished) && isoDate(node.dateModified))
      need(
        problems,
        Date.parse(node.dateModified as string) >= Date.parse(node.datePublished as string),
        `${at}: NewsArticle dateModified is before datePublished`,
      );
    const authors = list(node.author);
    need(problems, authors.length > 0, `${at}: NewsArticle needs an author`);
    for (const author of authors) {
      const kinds = isNode(author) ? types(author) : [];
      need(
        problems,
        isNode(author) &&
          ((kinds.includes('Person') && absolute(author.url)) || kinds.includes('Organization')) &&
          text(author.name),
        `${at}: each author is a Person with a name and url, or an Organization with a name`,
      );
    }
    const publisher = node.publisher;
    need(
      problems,
      isNode(publisher) && types(publisher).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'),
      `${at}: NewsArticle needs a publisher organization`,
    );
    need(problems, text(node.inLanguage), `${at}: NewsArticle needs inLanguage`);
    const main = node.mainEntityOfPage;
    need(
      problems,
      isNode(main) ? absolute(main['@id']) : absolute(main),
      `${at}: NewsArticle needs mainEntityOfPage with an absolute URL`,
    );
    if (node.articleSection !== undefined) need(problems, text(node.articleSection), `${at}: empty articleSection`);
    if (node.keywords !== undefined)
      need(problems, list(node.keywords).every(text), `${at}: keywords must be non-empty strings`);
    need(
      problems,
      Number.isInteger(node.commentCount) && (node.commentCount as number) >= 0,
      `${at}: NewsArticle needs commentCount`,
    );
    need(problems, typeof node.isAccessibleForFree === 'boolean', `${at}: NewsArticle needs isAccessibleForFree`);
  },
  BreadcrumbList: (node, at, problems) => {
    const items = list(node.itemListElement);
    need(problems, items.length >= 2, `${at}: BreadcrumbList needs at least two items`);
    items.forEach((item, index) => {
      need(
        problems,
        isNode(item) &&
          types(item).includes('ListItem') &&
          item.position === index + 1 &&
          text(item.name) &&
          absolute(item.item),
        `${at}.itemListElement[${index}]: a ListItem with position ${index + 1}, a name and an absolute item URL`,
      );
    });
  },
  WebSite: (node, at, problems) => {
    need(problems, text(node.name), `${at}: WebSite needs a name`);
    need(problems, absolute(node.url), `${at}: WebSite needs an absolute url`);
    for (const action of list(node.potentialAction)) {
      if (!isNode(action) || !types(action).includes('SearchAction')) continue;
      const target = action.target;
      const template = isNode(target) ? target.urlTemplate : target;
      need(
        problems,
        absolute(template) && (template as string).includes('{search_term_string}'),
        `${at}: SearchAction target needs an absolute urlTemplate with {search_term_string}`,
      );
      need(
        problems,
        action['query-input'] === 'required name=search_term_string',
        `${at}: SearchAction needs query-input "required name=search_term_string"`,
      );
    }
  },
  NewsMediaOrganization: organizationRule,
  Organization: organizationRule,
  Person: personRule,
  ImageObject: imageRule,
  CollectionPage: (node, at, problems) => {
    need(problems, text(node.name), `${at}: CollectionPage needs a name`);
    need(problems, absolute(node.url), `${at}: CollectionPage needs an absolute url`);
    need(
      problems,
      isNode(node.breadcrumb) && types(node.breadcrumb).includes('BreadcrumbList'),
      `${at}: CollectionPage needs a breadcrumb`,
    );
  },
  ProfilePage: (node, at, problems) => {
    const main = node.mainEntity;
    need(
      problems,
      isNode(main) && types(main).some((t) => t === 'Person' || t === 'Organization') && text(main.name),
      `${at}: ProfilePage needs a mainEntity Person (or Organization) with a name`,
    );
  },
};

function walk(value: unknown, at: string, problems: string[]) {
  if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${at}[${index}]`, problems));
    return;
  }
  if (!isNode(value)) return;
  for (const type of types(value)) rules[type]?.(value, at, problems);
  for (const [key, child] of Object.entries(value)) walk(child, `${at}.${key}`, problems);
}

/** Problems in the JSON-LD blocks of one page (each block already parsed). */
export function checkStructuredData(blocks: readonly unknown[]): string[] {
  const problems: string[] = [];
  blocks.forEach((block, index) => {
    const at = `block ${index}`;
    if (!isNode(block)) return problems.push(`${at}: not an object`);
    need(problems, block['@context'] === 'https://schema.org', `${at}: @context must be https://schema.org`);
    need(problems, types(block).length > 0, `${at}: no @type`);
    walk(block, at, problems);
  });
  return problems;
}

/** The top-level blocks of one type. */
export function blocksOfType(blocks: readonly unknown[], type: string): Node[] {
  return blocks.filter((b): b is Node => isNode(b) && types(b).includes(type));
}
