import { describe, expect, it } from 'vitest';
import {
  challengeStartedAt,
  checkChallenge,
  createChallenge,
  localizeDigits,
  makeProblem,
  parseAnswer,
} from '@/lib/captcha';
import { solveQuestion as solve } from '../support/captcha';

const secret = 'unit-test-secret';
const now = new Date('2026-11-26T12:00:00Z');

/** A deterministic "random" so the question and answer are known. */
function sequence(...values: number[]) {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe('math captcha', () => {
  it('makes integer problems for every operation', () => {
    for (let i = 0; i < 500; i++) {
      const { text, answer } = makeProblem();
      expect(Number.isInteger(answer)).toBe(true);
      expect(answer).toBeGreaterThanOrEqual(0);
      expect(String(answer)).toBe(solve(text + ' '));
    }
  });

  it('writes the question in the reader language and digits', () => {
    const ar = createChallenge('ar', 7, { now, secret, random: sequence(0.9, 0.5, 0.2) });
    expect(ar.question).toMatch(/^احسب: [٠-٩]+ ÷ [٠-٩]+ =$/);
    expect(ar.question).not.toMatch(/[0-9]/);
    const en = createChallenge('en', 7, { now, secret, random: sequence(0.9, 0.5, 0.2) });
    expect(en.question).toMatch(/^Solve: \d+ ÷ \d+ =$/);
    expect(localizeDigits('13', 'ar')).toBe('١٣');
    expect(localizeDigits('13', 'fr')).toBe('13');
  });

  it('accepts the right answer in Western or Arabic-Indic digits', () => {
    const c = createChallenge('ar', 7, { now, secret });
    const answer = solve(c.question);
    expect(checkChallenge(c.token, answer, 7, { now, secret }).ok).toBe(true);
    expect(checkChallenge(c.token, localizeDigits(answer, 'ar'), 7, { now, secret }).ok).toBe(true);
    expect(checkChallenge(c.token, ` ${answer} `, 7, { now, secret }).ok).toBe(true);
    expect(parseAnswer('۱۲')).toBe(12);
    expect(parseAnswer('12a')).toBeNull();
    expect(parseAnswer('')).toBeNull();
  });

  it('a question given after a wrong answer keeps when the reader started', () => {
    const first = createChallenge('en', 7, { now, secret });
    const started = challengeStartedAt(first.token, 7, { secret });
    expect(started?.getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);
    const later = new Date(now.getTime() + 20_000);
    const second = createChallenge('en', 7, { now: later, secret, startedAt: started });
    const check = checkChallenge(second.token, solve(second.question), 7, {
      now: new Date(later.getTime() + 1000),
      secret,
    });
    expect(check.ok && check.startedAt.getTime()).toBe(started!.getTime());
    // Only a genuine token for this article tells a start; a fresh question starts now.
    expect(challengeStartedAt(second.token, 8, { secret })).toBeNull();
    expect(challengeStartedAt(`${second.token}x`, 7, { secret })).toBeNull();
    const fresh = createChallenge('en', 7, { now: later, secret });
    const freshCheck = checkChallenge(fresh.token, solve(fresh.question), 7, { now: later, secret });
    expect(freshCheck.ok && freshCheck.startedAt.getTime()).toBe(Math.floor(later.getTime() / 1000) * 1000);
    // A start older than two lifetimes is not carried.
    const stale = createChallenge('en', 7, { now: later, secret, startedAt: new Date(later.getTime() - 2 * 3600_000) });
    expect(challengeStartedAt(stale.token, 7, { secret })?.getTime()).toBe(Math.floor(later.getTime() / 1000) * 1000);
  });

  it('refuses a wrong answer, another article, a forged or tampered token', () => {
    const c = createChallenge('en', 7, { now, secret });
    const answer = Number(solve(c.question));
    expect(checkChallenge(c.token, String(answer + 1), 7, { now, secret })).toEqual({ ok: false, reason: 'wrong' });
    expect(checkChallenge(c.token, String(answer), 8, { now, secret }).ok).toBe(false);
    expect(checkChallenge(c.token, String(answer), 7, { now, secret: 'other' }).ok).toBe(false);
    const [data, sig] = c.token.split('.');
    const tampered = Buffer.from(data!, 'base64url')
      .toString()
      .replace(/"e":\d+/, '"e":9999999999');
    expect(
      checkChallenge(`${Buffer.from(tampered).toString('base64url')}.${sig}`, String(answer), 7, { now, secret }).ok,
    ).toBe(false);
    expect(checkChallenge('garbage', '1', 7, { now, secret }).ok).toBe(false);
    // The token carries a nonce, an expiry, a keyed hash and the article id: never the answer.
    const payload = JSON.parse(Buffer.from(data!, 'base64url').toString()) as Record<string, unknown>;
    expect(Object.keys(payload).sort()).toEqual(['a', 'e', 'h', 'n']);
    expect(payload.a).toBe(7);
    expect(String(payload.h)).not.toBe(String(answer));
    expect(String(payload.n)).not.toBe(String(answer));
  });

  it('expires after about thirty minutes', () => {
    const c = createChallenge('fr', 7, { now, secret });
    const answer = solve(c.question);
    expect(checkChallenge(c.token, answer, 7, { now: new Date(now.getTime() + 29 * 60_000), secret }).ok).toBe(true);
    expect(checkChallenge(c.token, answer, 7, { now: new Date(now.getTime() + 31 * 60_000), secret })).toEqual({
      ok: false,
      reason: 'expired',
    });
  });
});
