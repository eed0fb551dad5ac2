// Pure: conditional GET for feeds (RFC 9110 §13). Feed readers poll; most send the ETag or the
// date they got last time and are answered 304 with no body while nothing changed.

/** Whether a request that carries these validators already holds the current feed. */
export function isNotModified(
  headers: { ifNoneMatch: string | null; ifModifiedSince: string | null },
  current: { etag: string; lastModified: Date },
): boolean {
  if (headers.ifNoneMatch !== null) {
    // If-None-Match wins over If-Modified-Since; compared weakly (W/ prefixes ignored).
    const strip = (tag: string) => tag.trim().replace(/^W\//, '');
    const wanted = headers.ifNoneMatch.split(',').map(strip);
    return wanted.includes('*') || wanted.includes(strip(current.etag));
  }
  if (headers.ifModifiedSince === null) return false;
  const since = Date.parse(headers.ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds.
  return Math.floor(current.lastModified.getTime() / 1000) * 1000 <= since;
}

export const feedContentTypes = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;
