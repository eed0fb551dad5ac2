/** The staff session cookie: `__Secure-` behind HTTPS, plain only in development over HTTP. */
export const SECURE_SESSION_COOKIE = '__Secure-maydan.session';
export const PLAIN_SESSION_COOKIE = 'maydan.session';
