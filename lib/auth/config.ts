import 'server-only';
import NextAuth from 'next-auth';
import { headers } from 'next/headers';
import { getDb } from '@/db';
import { buildAuthConfig, requestIsSecure } from './auth-options';

export { LoginThrottledError, LoginUnavailableError } from './auth-options';
export { SESSION_MAX_AGE_S } from './sessions';

/**
 * Built per request: whether cookies are `Secure` depends on how the request arrived. signIn,
 * signOut and auth() without arguments pass no request, so the current request's headers are
 * read (they run inside server actions and server components).
 */
export const { auth, signIn, signOut } = NextAuth(async (request) => {
  const requestHeaders = request ? request.headers : await headers();
  return buildAuthConfig({ secure: requestIsSecure(requestHeaders), getDb });
});
