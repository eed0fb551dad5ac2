/** Longest slug we store or look up; longer URL segments are answered 404 before any query. */
export const MAX_SLUG_LENGTH = 160;

/**
 * Makes a URL slug from a title. Unicode letters and digits are kept (an Arabic title gives
 * an Arabic slug); Latin accents are folded; everything else becomes a single '-'.
 */
export function slugify(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin combining accents
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic harakat and tatweel
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
}

/**
 * Turns a route param into the slug to look up, or null when it cannot be one.
 * Params may arrive percent-encoded or decoded depending on the render path, so decode
 * once when needed and NFC-normalize.
 */
export function normalizeSlugParam(param: string): string | null {
  let value = param;
  if (/%[0-9a-f]{2}/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  value = value.normalize('NFC');
  if (value.length === 0 || value.length > MAX_SLUG_LENGTH) return null;
  if (!/^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(value)) return null;
  return value;
}

/** Parses a `/page/N` segment: a positive integer without leading zeros, at most 10000. */
export function parsePageParam(param: string): number | null {
  if (!/^[1-9][0-9]{0,4}$/.test(param)) return null;
  const page = Number(param);
  return page <= 10000 ? page : null;
}
