// Imported by proxy.ts, so no `server-only` marker and no Auth.js config (which loads argon2):
// the session cookie is decoded here with Auth.js's own JWT decoder.
import { eq } from 'drizzle-orm';
import { decode } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { users } from '@/db/schema';
import { direction, type Locale } from '../i18n/config';
import { getAdminMessages } from '../i18n/admin';
import { escapeHtml, plainDocument } from '../plain-document.mjs';
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from './cookie-names';
import { can, landingPath, type Permission, type Role } from './permissions';
import { isStaffSessionActive } from './sessions';

/**
 * Admin pages whose whole audience is one permission. With Cache Components a page's own
 * forbidden() runs after the (empty) shell has been sent, so it answers 200 and shows nothing
 * without JavaScript; checking these paths before rendering gives a real 403 document.
 * The page still checks for itself: this gate is never the only check.
 */
const gatedPages: [RegExp, Permission][] = [
  [/^\/admin\/staff\/?$/, 'staff.manage'],
  [/^\/admin\/audit\/?$/, 'audit.view'],
  [/^\/admin\/(?:sections|tags)\/?$/, 'taxonomy.manage'],
  [/^\/admin\/(?:pages|menus)\/?$/, 'pages.manage'],
  [/^\/admin\/comments\/?$/, 'comments.moderate'],
  [/^\/admin\/settings\/?$/, 'settings.manage'],
  [/^\/admin\/articles(?:\/.*)?$/, 'article.create'],
];

export function adminPagePermission(pathname: string): Permission | null {
  return gatedPages.find(([pattern]) => pattern.test(pathname))?.[1] ?? null;
}

const sessionCookies = [SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE];

async function sessionOf(request: NextRequest): Promise<{ uid: number; sv: number; sid: string } | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const name of sessionCookies) {
    const token = request.cookies.get(name)?.value;
    if (!token) continue;
    try {
      const payload = await decode({ token, secret, salt: name });
      if (
        payload &&
        typeof payload.uid === 'number' &&
        typeof payload.sv === 'number' &&
        typeof payload.sid === 'string'
      )
        return { uid: payload.uid, sv: payload.sv, sid: payload.sid };
    } catch {
      // Tampered or expired: treated as signed out; the page redirects to the login.
    }
  }
  return null;
}

/**
 * For GET/HEAD of a gated admin page: a 403 document when the signed-in staff member's role
 * lacks the page's permission, else null (signed-out visitors and everything else go on to
 * the page, which redirects or renders as usual). Server action POSTs are left to the action.
 */
export async function adminGate(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { pathname, search } = request.nextUrl;
  if (pathname === '/admin/login' || pathname.startsWith('/admin/login/')) return null;
  const toLogin = () => {
    // A real redirect for signed-out visitors: the page's own redirect comes after its shell.
    const url = request.nextUrl.clone();
    url.pathname = '/admin/login';
    url.search = `?from=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url, 307);
  };
  const session = await sessionOf(request);
  if (!session) return toLogin();
  const db = getDb();
  const [staff] = await db
    .select({ role: users.role, locale: users.preferredLocale, disabledAt: users.disabledAt, sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, session.uid));
  if (!staff || staff.disabledAt || staff.sv !== session.sv) return toLogin();
  if (!(await isStaffSessionActive(db, session.sid, session.uid))) return toLogin();
  // `/admin` is the article dashboard; a role without articles (moderators) is sent to its own
  // first screen with a real redirect, which needs no JavaScript.
  if ((pathname === '/admin' || pathname === '/admin/') && landingPath(staff.role) !== '/admin') {
    const url = request.nextUrl.clone();
    url.pathname = landingPath(staff.role);
    url.search = '';
    return NextResponse.redirect(url, 307);
  }
  const permission = adminPagePermission(pathname);
  if (!permission) return null;
  if (can(staff.role, permission)) return null;
  return new NextResponse(request.method === 'HEAD' ? null : forbiddenDocument(staff.locale, staff.role), {
    status: 403,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}

/** A small, self-contained page: readable without JavaScript, in the staff member's language. */
export function forbiddenDocument(locale: Locale, role: Role): string {
  const t = getAdminMessages(locale);
  const home =
    landingPath(role) === '/admin'
      ? { href: '/admin', label: t.nav.articles }
      : { href: '/admin/comments', label: t.nav.comments };
  const body = `<h1>${escapeHtml(t.forbiddenTitle)}</h1><p>${escapeHtml(t.forbiddenBody)}</p><p><a href="${home.href}">${escapeHtml(home.label)}</a></p>`;
  return plainDocument({ locale, dir: direction(locale), title: `${t.forbiddenTitle} — ${t.adminTitle}`, body });
}
