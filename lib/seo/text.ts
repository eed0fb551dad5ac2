/**
 * Cuts a headline to at most `max` characters (user-perceived characters: an Arabic letter with
 * its vowel marks or an emoji counts once and is never split), at a word boundary when one is
 * near, ending with "…". Google shows at most 110 characters of a NewsArticle headline.
 */
export function truncateHeadline(text: string, max = 110): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const graphemes = Array.from(segmenter.segment(clean), (s) => s.segment);
  if (graphemes.length <= max) return clean;
  const kept = graphemes.slice(0, max - 1);
  // Back to the last space if it is not too far: a cut word reads worse than a shorter headline.
  const lastSpace = kept.lastIndexOf(' ');
  const cut = lastSpace >= max * 0.6 ? kept.slice(0, lastSpace) : kept;
  return `${cut.join('').replace(/[\s,;:.\-–—،؛]+$/u, '')}…`;
}
