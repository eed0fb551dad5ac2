import { describe, expect, it } from 'vitest';
import { commentFieldKey, commentInputSchema } from '@/lib/comments/input';
import { fieldErrorsFromZod } from '@/lib/validation';
import { countLinks, decide, defaultCommentSettings, isClosed, type CommentFacts } from '@/lib/comments/rules';

const now = new Date('2026-11-26T12:00:00Z');
const facts = (over: Partial<CommentFacts> = {}): CommentFacts => ({
  name: 'Amina',
  email: 'amina@example.net',
  website: null,
  body: 'A fair point about the budget.',
  ipHash: 'ip-a',
  blockedIpHashes: [],
  honeypotFilled: false,
  secondsToFill: 40,
  hasApprovedFromEmail: false,
  isDuplicate: false,
  recentFromIp: 0,
  commentsOpen: true,
  publishedAt: new Date('2026-11-20T12:00:00Z'),
  now,
  ...over,
});
// The rule under test is the known-commenter one, so it is switched on here (it is off by default).
const settings = {
  ...defaultCommentSettings,
  autoApproveKnown: true,
  blockedWords: ['casino'],
  blockedAddresses: ['@spam.example', 'bad@example.org'],
};

describe('comment rules', () => {
  it('holds a new commenter and approves a known one', () => {
    expect(decide(settings, facts())).toEqual({ action: 'store', status: 'pending', heldReason: 'new-commenter' });
    expect(decide(settings, facts({ hasApprovedFromEmail: true }))).toEqual({
      action: 'store',
      status: 'approved',
      heldReason: null,
    });
    expect(decide({ ...settings, autoApproveKnown: false }, facts({ hasApprovedFromEmail: true }))).toMatchObject({
      status: 'pending',
    });
  });

  it('holds more than two links even from a known commenter', () => {
    const body = 'https://a.example and http://b.example and www.c.example';
    expect(countLinks(body)).toBe(3);
    expect(decide(settings, facts({ body, hasApprovedFromEmail: true }))).toMatchObject({
      status: 'pending',
      heldReason: 'too-many-links',
    });
    expect(
      decide(settings, facts({ body: 'https://a.example https://b.example', hasApprovedFromEmail: true })),
    ).toMatchObject({ status: 'approved' });
  });

  it('sends blocked words, addresses, domains and IPs to spam', () => {
    expect(decide(settings, facts({ body: 'Best CaSiNo' }))).toMatchObject({
      status: 'spam',
      heldReason: 'blocklist-word',
    });
    expect(decide(settings, facts({ email: 'x@SPAM.example' }))).toMatchObject({
      status: 'spam',
      heldReason: 'blocklist-address',
    });
    expect(decide(settings, facts({ email: 'bad@example.org' }))).toMatchObject({ heldReason: 'blocklist-address' });
    expect(decide(settings, facts({ email: 'notbad@example.org' }))).toMatchObject({ heldReason: 'new-commenter' });
    expect(decide(settings, facts({ blockedIpHashes: ['ip-a'] }))).toMatchObject({ heldReason: 'blocklist-address' });
  });

  it('catches honeypots; an instant submission waits for a person, unless something else says spam', () => {
    expect(decide(settings, facts({ honeypotFilled: true }))).toMatchObject({ status: 'spam', heldReason: 'honeypot' });
    expect(decide(settings, facts({ secondsToFill: 1 }))).toMatchObject({ status: 'pending', heldReason: 'too-fast' });
    expect(decide(settings, facts({ secondsToFill: 1, blockedIpHashes: ['ip-a'] }))).toMatchObject({
      status: 'spam',
      heldReason: 'blocklist-address',
    });
  });

  it('refuses closed articles, floods and duplicates before anything else', () => {
    expect(decide(settings, facts({ commentsOpen: false, honeypotFilled: true }))).toEqual({
      action: 'reject',
      reason: 'closed',
    });
    expect(decide(settings, facts({ recentFromIp: 5 }))).toEqual({ action: 'reject', reason: 'rate-limited' });
    expect(decide(settings, facts({ recentFromIp: 4 }))).toMatchObject({ action: 'store' });
    expect(decide(settings, facts({ isDuplicate: true }))).toEqual({ action: 'reject', reason: 'duplicate' });
  });

  it('closes comments N days after publication, or never', () => {
    const published = new Date('2026-09-01T00:00:00Z');
    expect(isClosed({ ...settings, closeAfterDays: 60 }, true, published, now)).toBe(true);
    expect(isClosed({ ...settings, closeAfterDays: 120 }, true, published, now)).toBe(false);
    expect(isClosed({ ...settings, closeAfterDays: null }, true, published, now)).toBe(false);
    expect(isClosed({ ...settings, closeAfterDays: null }, false, published, now)).toBe(true);
  });

  it('validates the form fields with one code per field', () => {
    const ok = commentInputSchema.safeParse({
      name: ' Amina ',
      email: 'a@example.net',
      website: '',
      body: ' Hello ',
      parentId: '',
    });
    expect(ok.success && ok.data).toEqual({
      name: 'Amina',
      email: 'a@example.net',
      website: null,
      body: 'Hello',
      parentId: null,
    });
    const bad = commentInputSchema.safeParse({
      name: '',
      email: 'nope',
      website: 'ftp://x',
      body: 'x'.repeat(5001),
      parentId: '3',
    });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(fieldErrorsFromZod(bad.error, commentFieldKey)).toEqual({
        name: 'required',
        email: 'invalid',
        website: 'invalid-url',
        body: 'too-long',
      });
    const js = commentInputSchema.safeParse({
      name: 'a',
      email: 'a@b.co',
      website: 'javascript:alert(1)//https://x',
      body: 'b',
      parentId: '',
    });
    expect(js.success).toBe(false);
  });
});
