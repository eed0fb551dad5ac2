import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { z } from 'zod';
import { clientIp } from '../client-ip';
import { getDb } from '@/db';
import { findStaffByEmail } from '../staff';
import { verifyPassword } from './password';
import { hashIp, isLoginThrottled, recordLoginAttempt } from './throttle';

/** Too many failures for this account or address: the form says so, without hinting which. */
export class LoginThrottledError extends CredentialsSignin {
  code = 'throttled';
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});

export const SESSION_MAX_AGE_S = 8 * 60 * 60;

export const { auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  trustHost: true,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
  pages: { signIn: '/admin/login' },
  cookies: {
    sessionToken: {
      name: process.env.NODE_ENV === 'production' && process.env.SITE_URL?.startsWith('https:') ? '__Secure-maydan.session' : 'maydan.session',
      options: {
        httpOnly: true,
        sameSite: 'lax',
        path: '/',
        secure: process.env.NODE_ENV === 'production' && Boolean(process.env.SITE_URL?.startsWith('https:')),
      },
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // The throttle lives here, not in the form's action, so no entry point can skip it.
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const db = getDb();
        const ipHash = hashIp(clientIp(request.headers));
        if (await isLoginThrottled(db, email, ipHash)) throw new LoginThrottledError();
        const staff = await findStaffByEmail(db, email);
        const ok = (await verifyPassword(staff?.passwordHash ?? null, password)) && staff !== null && staff.disabledAt === null;
        await recordLoginAttempt(db, email, ipHash, ok);
        if (!ok || !staff) return null;
        return { id: String(staff.id), name: staff.name, email: staff.email, sessionVersion: staff.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number((user as { id: string }).id);
        token.sv = (user as unknown as { sessionVersion: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid as number, sv: token.sv as number };
    },
  },
});
