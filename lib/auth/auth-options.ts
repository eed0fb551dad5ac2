import 'server-only';
import { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Db } from '@/db/connect';
import { clientIp } from '../client-ip';
import { loginSchema } from './login-schema';
import { PLAIN_SESSION_COOKIE, SECURE_SESSION_COOKIE } from './cookie-names';
import { SESSION_MAX_AGE_S } from './sessions';
import { attemptSignIn, type SignInDeps } from './sign-in';
import { log } from '@/lib/log';

/** Too many failures for this account from this address, or from this address: the form says so. */
export class LoginThrottledError extends CredentialsSignin {
  code = 'throttled';
}

/** The database did not answer: the form asks to try again shortly and keeps the email. */
export class LoginUnavailableError extends CredentialsSignin {
  code = 'unavailable';
}

export { SECURE_SESSION_COOKIE, PLAIN_SESSION_COOKIE };

/**
 * Session cookies are `Secure` in production, and whenever the request came over https —
 * directly or through a reverse proxy that says so in X-Forwarded-Proto (Next.js fills that
 * header from the socket when no proxy sent one).
 */
export function requestIsSecure(headers: Headers, nodeEnv = process.env.NODE_ENV): boolean {
  if (nodeEnv === 'production') return true;
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}

export function buildAuthConfig(options: { secure: boolean; getDb: () => Db; deps?: SignInDeps }): NextAuthConfig {
  const { secure } = options;
  return {
    secret: process.env.AUTH_SECRET,
    trustHost: true,
    useSecureCookies: secure,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
    pages: { signIn: '/admin/login' },
    logger: {
      // A refused sign-in is an expected outcome that the form explains, not a server error.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        log.error({ scope: 'auth', err: error }, 'auth error');
      },
    },
    cookies: {
      sessionToken: {
        name: secure ? SECURE_SESSION_COOKIE : PLAIN_SESSION_COOKIE,
        options: { httpOnly: true, sameSite: 'lax', path: '/', secure },
      },
    },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        // The throttle lives here, not in the form's action, so no entry point can skip it.
        async authorize(raw, request) {
          const parsed = loginSchema.safeParse(raw);
          if (!parsed.success) return null;
          const result = await attemptSignIn(
            options.getDb(),
            { ...parsed.data, ip: clientIp(request.headers) },
            options.deps,
          );
          if (result.ok) {
            const { staff, sessionId } = result;
            return {
              id: String(staff.id),
              name: staff.name,
              email: staff.email,
              sessionVersion: staff.sessionVersion,
              sessionId,
            } as never;
          }
          if (result.reason === 'throttled') throw new LoginThrottledError();
          if (result.reason === 'unavailable') throw new LoginUnavailableError();
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as { id: string; sessionVersion: number; sessionId: string };
          token.uid = Number(signedIn.id);
          token.sv = signedIn.sessionVersion;
          token.sid = signedIn.sessionId;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as number, sv: token.sv as number, sid: token.sid as string };
      },
    },
  };
}
