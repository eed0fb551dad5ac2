/** A published story that could appear in "Check also". */
export type RelatedCandidate = {
  id: number;
  publishedAt: string;
  sharedTags: number;
  sameSection: boolean;
};

/**
 * Orders "Check also" stories: the editor's picks first (in their order), then stories
 * sharing the most tags, then the same section, most recent first. The article itself and
 * duplicates never appear. Callers pass only published stories in the same language.
 */
export function rankRelated(
  articleId: number,
  picks: readonly number[],
  candidates: readonly RelatedCandidate[],
  limit: number,
): number[] {
  const result: number[] = [];
  const seen = new Set<number>([articleId]);
  const available = new Set(candidates.map((c) => c.id));
  for (const id of picks) {
    if (result.length >= limit) return result;
    if (seen.has(id) || !available.has(id)) continue;
    seen.add(id);
    result.push(id);
  }
  const ranked = [...candidates].sort(
    (a, b) =>
      b.sharedTags - a.sharedTags ||
      Number(b.sameSection) - Number(a.sameSection) ||
      Date.parse(b.publishedAt) - Date.parse(a.publishedAt) ||
      b.id - a.id,
  );
  for (const candidate of ranked) {
    if (result.length >= limit) break;
    if (seen.has(candidate.id)) continue;
    if (candidate.sharedTags === 0 && !candidate.sameSection) continue;
    seen.add(candidate.id);
    result.push(candidate.id);
  }
  return result;
}
