/**
 * Reads a robots.txt as RFC 9309 says crawlers must, for the group `User-agent: *`: the longest
 * matching rule wins, `Allow` wins a tie, `*` matches any run of characters and a final `$`
 * anchors the end. Used by the unit and end-to-end tests to check what crawlers may fetch.
 */
export type RobotsRules = { rules: { allow: boolean; pattern: string }[]; sitemaps: string[] };

export function parseRobots(text: string): RobotsRules {
  const rules: RobotsRules['rules'] = [];
  const sitemaps: string[] = [];
  let forAll = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') forAll = value === '*';
    else if (field === 'sitemap') sitemaps.push(value);
    else if (forAll && (field === 'allow' || field === 'disallow') && value)
      rules.push({ allow: field === 'allow', pattern: value });
  }
  return { rules, sitemaps };
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path);
}

/** Whether a crawler may fetch `path` (path and query, as sent). */
export function isAllowed(robots: RobotsRules, path: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of robots.rules) {
    if (!matches(rule.pattern, path)) continue;
    const length = rule.pattern.length;
    if (!best || length > best.length || (length === best.length && rule.allow)) best = { allow: rule.allow, length };
  }
  return best?.allow ?? true;
}
