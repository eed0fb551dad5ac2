import { Auth, raw, skipCSRFCheck } from '@auth/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, type Db } from '@/db/connect';
import { buildAuthConfig, requestIsSecure } from '@/lib/auth/auth-options';
import { verifyPassword } from '@/lib/auth/password';
import { isStaffSessionActive, pruneStaffSessions, revokeStaffSession, SESSION_MAX_AGE_S } from '@/lib/auth/sessions';
import { attemptSignIn, type SignInDeps } from '@/lib/auth/sign-in';
import { ACCOUNT_DELAY_MAX_MS, ADDRESS_LIMIT, PAIR_LIMIT } from '@/lib/auth/throttle';
import { getLoginMessages } from '@/lib/i18n/admin-login';
import { createTestDatabase } from '../support/database';
import { addStaff } from '../support/staff';

process.env.AUTH_SECRET ??= 'integration-test-auth-secret-0123456789';

/**
 * The login action runs for real; Auth.js's `signIn` is replaced by what next-auth's does
 * (the real Auth.js credentials callback with this app's config), minus Next's request scope.
 */
const scope = vi.hoisted(() => ({
  headers: new Headers(),
  db: null as unknown as Db,
  deps: {} as SignInDeps,
  cookies: [] as { name: string; value: string; options: Record<string, unknown> }[],
}));
vi.mock('next/headers', () => ({ headers: async () => scope.headers }));
vi.mock('@/lib/auth/config', () => ({
  signIn: async (_provider: string, options: { email: string; password: string; redirectTo: string }) => {
    const response = await runCredentialsCallback(
      scope.headers,
      options,
      buildAuthConfig({ secure: requestIsSecure(scope.headers), getDb: () => scope.db, deps: scope.deps }),
    );
    scope.cookies = response.cookies;
    throw Object.assign(new Error('NEXT_REDIRECT'), { digest: `NEXT_REDIRECT;replace;${options.redirectTo};307;` });
  },
}));

async function runCredentialsCallback(
  headers: Headers,
  fields: Record<string, string>,
  config: ReturnType<typeof buildAuthConfig>,
) {
  const requestHeaders = new Headers(headers);
  requestHeaders.set('content-type', 'application/x-www-form-urlencoded');
  const request = new Request('http://newsroom.test/api/auth/callback/credentials', {
    method: 'POST',
    headers: requestHeaders,
    body: new URLSearchParams({ email: fields.email!, password: fields.password!, callbackUrl: '/admin' }),
  });
  const response = (await Auth(request, { ...config, basePath: '/api/auth', raw, skipCSRFCheck })) as {
    cookies?: typeof scope.cookies;
  };
  return { cookies: response.cookies ?? [] };
}

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let database: TestDb;
beforeAll(async () => {
  database = await createTestDatabase();
  scope.db = database.db;
});
afterAll(async () => {
  await database?.dispose();
});

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
const PASSWORD = 'the-right-password-123';

/** Password checks and requested delays, counted instead of performed on the clock. */
function probe() {
  const calls = { verify: 0, delays: [] as number[] };
  const deps: SignInDeps = {
    verify: async (hash, password) => {
      calls.verify++;
      return verifyPassword(hash, password);
    },
    sleep: async (ms) => {
      calls.delays.push(ms);
    },
  };
  return { calls, deps };
}

async function newStaff(role: 'editor' | 'author' = 'editor') {
  return addStaff(database.db, { email: unique('staff'), name: 'Staff Member', role, password: PASSWORD });
}

const loginForm = (email: string, password: string) => {
  const form = new FormData();
  form.set('email', email);
  form.set('password', password);
  form.set('from', '/admin');
  return form;
};

describe(`staff sign-in (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it(`20 parallel wrong attempts make at most ${PAIR_LIMIT} password checks`, async () => {
    const staff = await newStaff();
    const { calls, deps } = probe();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attemptSignIn(database.db, { email: staff.email, password: `wrong-${i}`, ip: '198.51.100.20' }, deps),
      ),
    );
    expect(calls.verify).toBeLessThanOrEqual(PAIR_LIMIT);
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(calls.verify);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(20 - calls.verify);
    // Even the right password from that address is refused now, without a password check.
    const before = calls.verify;
    expect(
      await attemptSignIn(database.db, { email: staff.email, password: PASSWORD, ip: '198.51.100.20' }, deps),
    ).toEqual({ ok: false, reason: 'throttled' });
    expect(calls.verify).toBe(before);
  });

  it('a stranger’s failures do not block the owner from an address that signed in before', async () => {
    const owner = await newStaff();
    const home = '203.0.113.10';
    const first = probe();
    expect(
      (await attemptSignIn(database.db, { email: owner.email, password: PASSWORD, ip: home }, first.deps)).ok,
    ).toBe(true);

    // A stranger fails on this account from many addresses, up to each address's limit.
    const stranger = probe();
    for (let a = 0; a < 4; a++) {
      for (let i = 0; i < PAIR_LIMIT + 2; i++)
        await attemptSignIn(
          database.db,
          { email: owner.email, password: `guess-${a}-${i}`, ip: `192.0.2.${a}` },
          stranger.deps,
        );
    }
    expect(stranger.calls.verify).toBe(4 * PAIR_LIMIT);
    expect(Math.max(...stranger.calls.delays)).toBe(ACCOUNT_DELAY_MAX_MS);
    // …and sprays other accounts from the owner's own address (a shared office network).
    for (let i = 0; i < ADDRESS_LIMIT; i++)
      await attemptSignIn(database.db, { email: unique('nobody'), password: 'guess', ip: home }, stranger.deps);
    expect(
      await attemptSignIn(database.db, { email: unique('nobody'), password: 'guess', ip: home }, stranger.deps),
    ).toEqual({ ok: false, reason: 'throttled' });

    // The owner, from the known address: signed in at once, with no delay.
    const back = probe();
    const result = await attemptSignIn(database.db, { email: owner.email, password: PASSWORD, ip: home }, back.deps);
    expect(result.ok).toBe(true);
    expect(back.calls.delays).toEqual([]);
    // From a new address the owner still gets in, after a bounded delay applied before the check.
    const travelling = probe();
    expect(
      (
        await attemptSignIn(
          database.db,
          { email: owner.email, password: PASSWORD, ip: '198.51.100.77' },
          travelling.deps,
        )
      ).ok,
    ).toBe(true);
    expect(travelling.calls.delays).toEqual([ACCOUNT_DELAY_MAX_MS]);
  });

  it('the login form refuses over the limits with a localized message, keeping the email', async () => {
    const { loginAction } = await import('@/app/(admin)/admin/login/actions');
    const staff = await newStaff();
    const { deps } = probe();
    scope.deps = deps;
    scope.headers = new Headers({ 'accept-language': 'fr-FR,fr;q=0.9', 'x-forwarded-for': '198.51.100.30' });
    for (let i = 0; i < PAIR_LIMIT; i++) {
      expect(await loginAction({ status: 'idle' }, loginForm(staff.email, `wrong-${i}`))).toEqual({
        status: 'error',
        message: getLoginMessages('fr').invalid,
        values: { email: staff.email },
      });
    }
    expect(await loginAction({ status: 'idle' }, loginForm(staff.email, PASSWORD))).toEqual({
      status: 'error',
      code: 'throttled',
      message: getLoginMessages('fr').throttled,
      values: { email: staff.email },
    });

    // Per address: after spraying other accounts, an Arabic browser gets the Arabic refusal.
    scope.headers = new Headers({ 'accept-language': 'ar', 'x-forwarded-for': '198.51.100.31' });
    for (let i = 0; i < ADDRESS_LIMIT; i++) await loginAction({ status: 'idle' }, loginForm(unique('spray'), 'guess'));
    expect(await loginAction({ status: 'idle' }, loginForm(staff.email, PASSWORD))).toEqual({
      status: 'error',
      code: 'throttled',
      message: getLoginMessages('ar').throttled,
      values: { email: staff.email },
    });

    // The right password from a fresh address signs in: a session cookie is set and the action redirects.
    scope.headers = new Headers({ 'accept-language': 'en', 'x-forwarded-for': '198.51.100.32' });
    await expect(loginAction({ status: 'idle' }, loginForm(staff.email, PASSWORD))).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT/),
    });
    expect(scope.cookies.map((c) => c.name)).toContain('maydan.session');
  });

  it('with the database unreachable, the form says "try again shortly" and keeps the email', async () => {
    const { loginAction } = await import('@/app/(admin)/admin/login/actions');
    const unreachable = connect({ url: 'postgres://maydan@127.0.0.1:9/maydan' });
    scope.db = unreachable.db;
    scope.deps = {};
    try {
      for (const locale of ['en', 'fr', 'ar'] as const) {
        scope.headers = new Headers({ 'accept-language': locale, 'x-forwarded-for': '198.51.100.40' });
        expect(await loginAction({ status: 'idle' }, loginForm('Someone@Example.test', PASSWORD))).toEqual({
          status: 'error',
          code: 'unavailable',
          message: getLoginMessages(locale).unavailable,
          values: { email: 'Someone@Example.test' },
        });
      }
    } finally {
      scope.db = database.db;
      await unreachable.close();
    }
  });

  it('signing out ends the session on the server; idle sessions are pruned', async () => {
    const staff = await newStaff('author');
    const t0 = new Date('2030-05-01T08:00:00Z');
    const signedIn = await attemptSignIn(
      database.db,
      { email: staff.email, password: PASSWORD, ip: '198.51.100.50' },
      { ...probe().deps, now: () => t0 },
    );
    if (!signedIn.ok) throw new Error('sign-in failed');
    const other = await attemptSignIn(
      database.db,
      { email: staff.email, password: PASSWORD, ip: '198.51.100.50' },
      { ...probe().deps, now: () => t0 },
    );
    if (!other.ok) throw new Error('sign-in failed');
    expect(signedIn.sessionId).not.toBe(other.sessionId);
    expect(await isStaffSessionActive(database.db, signedIn.sessionId, staff.id, t0)).toBe(true);
    // A session id is bound to its account.
    expect(await isStaffSessionActive(database.db, signedIn.sessionId, staff.id + 1, t0)).toBe(false);
    await revokeStaffSession(database.db, signedIn.sessionId);
    expect(await isStaffSessionActive(database.db, signedIn.sessionId, staff.id, t0)).toBe(false);
    // The other session (another browser) is untouched, and stays alive while used.
    const later = new Date(t0.getTime() + (SESSION_MAX_AGE_S - 60) * 1000);
    expect(await isStaffSessionActive(database.db, other.sessionId, staff.id, later)).toBe(true);
    const muchLater = new Date(later.getTime() + (SESSION_MAX_AGE_S - 60) * 1000);
    expect(await isStaffSessionActive(database.db, other.sessionId, staff.id, muchLater)).toBe(true);
    // Unused for longer than a session lives: no longer valid, and pruned.
    const idle = new Date(muchLater.getTime() + SESSION_MAX_AGE_S * 1000 + 1);
    expect(await isStaffSessionActive(database.db, other.sessionId, staff.id, idle)).toBe(false);
    await pruneStaffSessions(database.db, idle);
    expect(await isStaffSessionActive(database.db, other.sessionId, staff.id, muchLater)).toBe(false);
  });
});

describe('session cookie', () => {
  async function sessionCookie(headers: Record<string, string>, nodeEnv: 'development' | 'production') {
    const staff = await newStaff();
    const requestHeaders = new Headers({ 'x-forwarded-for': `198.51.100.${60 + ++counter}`, ...headers });
    const config = buildAuthConfig({
      secure: requestIsSecure(requestHeaders, nodeEnv),
      getDb: () => database.db,
      deps: probe().deps,
    });
    const { cookies } = await runCredentialsCallback(
      requestHeaders,
      { email: staff.email, password: PASSWORD },
      config,
    );
    return cookies.find((c) => c.name.endsWith('maydan.session'));
  }

  it('is Secure when the request came over https through a proxy, and in production', async () => {
    const behindHttps = await sessionCookie({ 'x-forwarded-proto': 'https' }, 'development');
    expect(behindHttps).toMatchObject({
      name: '__Secure-maydan.session',
      options: { secure: true, httpOnly: true, sameSite: 'lax' },
    });
    const production = await sessionCookie({ 'x-forwarded-proto': 'http' }, 'production');
    expect(production).toMatchObject({ name: '__Secure-maydan.session', options: { secure: true, httpOnly: true } });
    const plainDevelopment = await sessionCookie({ 'x-forwarded-proto': 'http' }, 'development');
    expect(plainDevelopment).toMatchObject({ name: 'maydan.session', options: { secure: false, httpOnly: true } });
  });
});
