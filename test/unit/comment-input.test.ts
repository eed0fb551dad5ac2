import { describe, expect, it } from 'vitest';
import { commentInputSchema, withScheme } from '@/lib/comments/input';
import { getCommentMessages } from '@/lib/i18n/comment-messages';

const base = { name: 'Nadia', email: 'nadia@example.net', body: 'Hello', parentId: '' };

describe('comment website', () => {
  it('adds https:// to an address typed without a scheme', () => {
    expect(commentInputSchema.parse({ ...base, website: 'example.com' }).website).toBe('https://example.com');
    expect(commentInputSchema.parse({ ...base, website: ' www.example.org/profile ' }).website).toBe(
      'https://www.example.org/profile',
    );
    expect(commentInputSchema.parse({ ...base, website: 'example.com:8080/x' }).website).toBe(
      'https://example.com:8080/x',
    );
    expect(commentInputSchema.parse({ ...base, website: 'http://example.com' }).website).toBe('http://example.com');
    expect(commentInputSchema.parse({ ...base, website: '' }).website).toBeNull();
  });

  it('still refuses other schemes and what is not an address', () => {
    for (const website of ['javascript:alert(1)', 'mailto:a@b.c', 'ftp://example.org/', 'not an address']) {
      expect(commentInputSchema.safeParse({ ...base, website }).success, website).toBe(false);
    }
    expect(withScheme('javascript:alert(1)')).toBe('javascript:alert(1)');
  });

  it('keeps Latin addresses left-to-right inside Arabic sentences', () => {
    const t = getCommentMessages('ar');
    expect(t.websiteHint).toContain('\u2066https://\u2069');
    expect(JSON.stringify(t)).not.toMatch(/[^\u2066]https?:\/\//);
  });
});
