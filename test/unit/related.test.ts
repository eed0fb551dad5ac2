import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedCandidate } from '@/lib/related';

const c = (id: number, sharedTags: number, sameSection: boolean, day: number): RelatedCandidate => ({
  id,
  sharedTags,
  sameSection,
  publishedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
});

describe('rankRelated', () => {
  const candidates = [
    c(2, 0, true, 10),
    c(3, 2, false, 1),
    c(4, 1, true, 5),
    c(5, 1, true, 8),
    c(6, 0, false, 30),
    c(7, 2, true, 2),
  ];

  it('puts editor picks first, then shared tags, then section, newest first', () => {
    expect(rankRelated(1, [6], candidates, 5)).toEqual([6, 7, 3, 5, 4]);
  });

  it('never includes the article itself, unknown (unpublished) picks or duplicates', () => {
    expect(rankRelated(1, [1, 99, 7, 7], candidates, 10)).toEqual([7, 3, 5, 4, 2]);
  });

  it('skips candidates that share neither tags nor section unless picked, and respects the limit', () => {
    expect(rankRelated(1, [], candidates, 10)).not.toContain(6);
    expect(rankRelated(1, [], candidates, 2)).toEqual([7, 3]);
    expect(rankRelated(1, [], [], 4)).toEqual([]);
  });
});
