import crypto from 'node:crypto';
import { localeInfo, type Locale } from './i18n/config';

/**
 * The comment form's math question. Stateless and signed: the token carries a nonce, an
 * expiry and a keyed hash of the answer (never the answer itself). Single use is enforced by
 * recording the nonce when it is spent, by a right or a wrong answer (lib/comments/submit.ts).
 */
export const CAPTCHA_TTL_S = 30 * 60;

export type Challenge = { question: string; token: string };

/** n: nonce, e: expiry, h: answer hash, a: article, s: when the reader started the form (unix s). */
type Payload = { n: string; e: number; h: string; a: number; s?: number };

function secret(explicit?: string): string {
  const value = explicit ?? process.env.CAPTCHA_SECRET;
  if (!value) throw new Error('CAPTCHA_SECRET is not set.');
  return value;
}

const b64 = (s: string) => Buffer.from(s).toString('base64url');
const sign = (data: string, key: string) =>
  crypto.createHmac('sha256', `captcha:${key}`).update(data).digest('base64url');
const answerHash = (nonce: string, answer: number, key: string) => sign(`${nonce}:${answer}`, key).slice(0, 22);

/** Digits as the reader's locale writes them (the locale table's `digits`: Arabic-Indic for Arabic). */
export function localizeDigits(text: string, locale: Locale): string {
  const { digits } = localeInfo(locale);
  if (digits === 'latn') return text;
  const format = new Intl.NumberFormat('en', { numberingSystem: digits, useGrouping: false });
  return text.replace(/[0-9]/g, (d) => format.format(Number(d)));
}

/** Accepts Western, Arabic-Indic and Eastern Arabic-Indic (Persian) digits, and spaces. */
export function parseAnswer(raw: string): number | null {
  const normalized = raw
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\s\u200e\u200f\u061c]/g, '');
  if (!/^-?[0-9]{1,6}$/.test(normalized)) return null;
  return Number(normalized);
}

const labels: Record<Locale, string> = { en: 'Solve:', fr: 'Calculez :', ar: 'احسب:' };

/** A small sum, difference, product or exact quotient; `random` is injectable for tests. */
export function makeProblem(random: () => number = Math.random): { text: string; answer: number } {
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const op = pick(0, 3);
  if (op === 0) {
    const a = pick(2, 20);
    const b = pick(1, 20);
    return { text: `${a} + ${b}`, answer: a + b };
  }
  if (op === 1) {
    const a = pick(5, 30);
    const b = pick(1, a);
    return { text: `${a} − ${b}`, answer: a - b };
  }
  if (op === 2) {
    const a = pick(2, 9);
    const b = pick(2, 9);
    return { text: `${a} × ${b}`, answer: a * b };
  }
  const b = pick(1, 9);
  const answer = pick(1, 9);
  return { text: `${b * answer} ÷ ${b}`, answer };
}

export function createChallenge(
  locale: Locale,
  articleId: number,
  options: { now?: Date; random?: () => number; secret?: string; startedAt?: Date | null } = {},
): Challenge {
  const key = secret(options.secret);
  const { text, answer } = makeProblem(options.random);
  const nonce = crypto.randomBytes(12).toString('base64url');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload: Payload = {
    n: nonce,
    e: now + CAPTCHA_TTL_S,
    h: answerHash(nonce, answer, key),
    a: articleId,
  };
  // A question given again after a wrong answer keeps when the reader started (the minimum fill
  // time counts from there, so a quick correction is not taken for a bot). Never older than two
  // lifetimes: past that it says nothing about speed.
  if (options.startedAt) {
    const started = Math.floor(options.startedAt.getTime() / 1000);
    if (started < now && started >= now - 2 * CAPTCHA_TTL_S) payload.s = started;
  }
  const data = b64(JSON.stringify(payload));
  return { question: `${labels[locale]} ${localizeDigits(text, locale)} =`, token: `${data}.${sign(data, key)}` };
}

export type CaptchaCheck =
  | { ok: true; nonce: string; expiresAt: Date; issuedAt: Date; startedAt: Date }
  | { ok: false; reason: 'malformed' | 'expired' | 'wrong' };

/** The signed payload of a genuine token for this article, or null when forged, malformed or for another article. */
function verifyToken(token: string, articleId: number, key: string): Payload | null {
  const [data, signature, extra] = token.split('.');
  if (!data || !signature || extra !== undefined || token.length > 1000) return null;
  const expected = sign(data, key);
  if (signature.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
    return null;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(data, 'base64url').toString('utf8')) as Payload;
  } catch {
    return null;
  }
  return payload.a === articleId && typeof payload.n === 'string' && typeof payload.e === 'number' ? payload : null;
}

/**
 * The nonce of a genuine, unexpired token, whatever the answer. A wrong answer spends it too,
 * so one question cannot be tried against every possible answer.
 */
export function challengeNonce(
  token: string,
  articleId: number,
  options: { now?: Date; secret?: string } = {},
): { nonce: string; expiresAt: Date } | null {
  const payload = verifyToken(token, articleId, secret(options.secret));
  if (!payload || payload.e < Math.floor((options.now ?? new Date()).getTime() / 1000)) return null;
  return { nonce: payload.n, expiresAt: new Date(payload.e * 1000) };
}

/** Checks signature, expiry, article and answer. The caller then spends the nonce exactly once. */
export function checkChallenge(
  token: string,
  rawAnswer: string,
  articleId: number,
  options: { now?: Date; secret?: string } = {},
): CaptchaCheck {
  const key = secret(options.secret);
  const payload = verifyToken(token, articleId, key);
  if (!payload) return { ok: false, reason: 'malformed' };
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (payload.e < now) return { ok: false, reason: 'expired' };
  const answer = parseAnswer(rawAnswer);
  if (answer === null || answerHash(payload.n, answer, key) !== payload.h) return { ok: false, reason: 'wrong' };
  const issuedAt = new Date((payload.e - CAPTCHA_TTL_S) * 1000);
  return {
    ok: true,
    nonce: payload.n,
    expiresAt: new Date(payload.e * 1000),
    issuedAt,
    startedAt: startOf(payload) ?? issuedAt,
  };
}

function startOf(payload: Payload): Date | null {
  return typeof payload.s === 'number' ? new Date(payload.s * 1000) : null;
}

/** When the reader started, by a genuine token for this article (spent, wrong or expired alike). */
export function challengeStartedAt(token: string, articleId: number, options: { secret?: string } = {}): Date | null {
  if (!token) return null;
  const payload = verifyToken(token, articleId, secret(options.secret));
  if (!payload) return null;
  return startOf(payload) ?? new Date((payload.e - CAPTCHA_TTL_S) * 1000);
}
