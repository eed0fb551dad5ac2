#!/usr/bin/env node
// The production server: Next's request handler inside a plain Node HTTP server, so that every
// request gets an id (`x-request-id`) and one JSON log line (route, status, duration), and so
// that SIGTERM drains requests and closes the database cleanly (PGlite needs a clean close, or
// its next start runs crash recovery). Run by `npm start` (scripts/start.mjs) and the e2e server.
import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { apologyDocument, apologyMessages } from '../lib/apology-document.mjs';
import { requestContext, rootLogger, routeConsoleToLogger } from '../lib/log-core.mjs';
import { acceptBeacon, BATCH_MS, COUNT_HEADER, countToken, MAX_BEACON_BYTES } from '../lib/most-read/beacon.mjs';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Starts Maydan on `port`/`hostname` and returns `{ server, shutdown }`. On SIGTERM/SIGINT it
 * stops accepting, waits for in-flight requests (at most `drainMs`), closes the database and
 * exits.
 */
export async function startServer({
  port = Number(process.env.PORT || 3000),
  hostname = undefined,
  dir = process.cwd(),
  drainMs = Number(process.env.SHUTDOWN_TIMEOUT_MS || 15_000),
} = {}) {
  // `next start` runs the server as production; so does this (React's production build).
  process.env.NODE_ENV = 'production';
  const logger = rootLogger();
  routeConsoleToLogger(logger);

  const { default: next } = await import('next');
  const app = next({ dev: false, dir, port, hostname: hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();

  const inFlight = new Set();
  let drained = () => {};
  let shuttingDown = false;

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    const incoming = req.headers['x-request-id'];
    const reqId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    req.headers['x-request-id'] = reqId;
    res.setHeader('x-request-id', reqId);
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (inFlight.size === 0) drained();
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // The path only: query strings may carry tokens or addresses.
      const route = (req.url || '/').split('?')[0].slice(0, 300);
      logger.info(
        {
          reqId,
          method: req.method,
          route,
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          aborted: !res.writableFinished || undefined,
        },
        'request',
      );
    });
    if (shuttingDown) res.setHeader('connection', 'close');
    if (req.method === 'POST' && req.url === VIEW_BEACON && !req.headers[COUNT_HEADER]) {
      takeBeacon(req, res, () => countViewsSoon(server, logger));
      return;
    }
    apologizeForServerErrors(req, res);
    requestContext.run({ reqId }, () => {
      Promise.resolve(handle(req, res)).catch((error) => {
        logger.error({ err: error, reqId }, 'request handler failed');
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  });

  // An idle keep-alive connection stays open longer than the client or proxy in front keeps it
  // (nginx, load balancers: 60 s): otherwise the server may close a connection at the moment
  // the other side reuses it, and that request fails with a reset (a 502 behind a proxy). Node's
  // default is 5 s; the headers timeout must stay above the keep-alive timeout.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function shutdown(signal) {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal, inFlight: inFlight.size }, 'shutting down: no new connections, draining requests');
    server.close();
    server.closeIdleConnections?.();
    if (inFlight.size > 0) {
      const timedOut = await new Promise((resolve) => {
        const timer = setTimeout(() => resolve(true), drainMs);
        timer.unref();
        drained = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
      if (timedOut) logger.warn({ inFlight: inFlight.size, drainMs }, 'drain timeout: closing remaining connections');
    }
    server.closeAllConnections?.();
    // Lets Next finish its own pending work (after() callbacks) before the database goes.
    await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
    await closeDatabase(logger);
    logger.info('stopped');
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, resolve);
  });
  logger.info({ port, hostname: hostname ?? null }, 'listening');
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, () => {
      shutdown(signal).then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  return { server, shutdown };
}

/** Where article pages send their view beacon (lib/routes.ts `viewBeacon`). */
const VIEW_BEACON = '/api/views';

/**
 * Takes a view beacon in without Next: a reader's page sends one per article opened, so on a
 * busy site they outnumber page requests, and Next's router would spend on each what a page
 * costs. The rules are the route's (lib/most-read/beacon.mjs); `lead` runs when this view opened
 * a batch. The answer is the route's too: 204, nothing to read or keep.
 */
function takeBeacon(req, res, lead) {
  // A body far past a beacon's is no beacon: refused, and the connection closed, as the proxy
  // refuses oversized bodies elsewhere.
  const refuse = () => {
    if (res.headersSent) return;
    res.writeHead(413, { 'cache-control': 'no-store', connection: 'close' });
    res.end(() => req.destroy());
  };
  if (Number(req.headers['content-length'] || 0) > 1024) return refuse();
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > 1024) refuse();
    else if (size <= MAX_BEACON_BYTES + 1) chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    res.writeHead(204, {
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    res.end();
    const headers = {
      get: (name) => {
        const value = req.headers[name];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    };
    // Next fills X-Forwarded-For with the socket's address when no proxy sent one: so does this.
    if (!req.headers['x-forwarded-for']) req.headers['x-forwarded-for'] = req.socket.remoteAddress ?? '';
    const body = size > MAX_BEACON_BYTES ? '' : Buffer.concat(chunks).toString('utf8');
    if (acceptBeacon(headers, body) === 'lead') lead();
  });
}

/**
 * A second after a batch opened, asks the route (app/api/views) to count it: counting needs the
 * database and the cache, which live in Next. One request a second, to this server itself.
 */
function countViewsSoon(server, logger) {
  setTimeout(() => {
    const address = server.address();
    if (!address || typeof address === 'string') return;
    const host =
      address.family === 'IPv6'
        ? `[${address.address === '::' ? '::1' : address.address}]`
        : address.address === '0.0.0.0'
          ? '127.0.0.1'
          : address.address;
    fetch(`http://${host}:${address.port}${VIEW_BEACON}`, { method: 'POST', headers: { [COUNT_HEADER]: countToken() } })
      .then((response) => response.arrayBuffer())
      .catch((error) => logger.error({ err: error, scope: 'views' }, 'views not counted'));
  }, BATCH_MS).unref();
}

/**
 * A reader page that fails on the server (the database is away and the page was not cached)
 * gets Next's error document, which is empty until JavaScript draws the localized error
 * boundary. For reader pages answered with a 5xx HTML response, this sends the localized
 * apology document instead, with the same status, so it reads without JavaScript too.
 */
function apologizeForServerErrors(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const locale = (req.url || '/').split('?')[0].split('/')[1];
  if (!Object.hasOwn(apologyMessages, locale)) return;
  const original = { writeHead: res.writeHead, write: res.write, end: res.end };
  let replacing = null;
  const decide = () => {
    if (replacing !== null) return replacing;
    const type = String(res.getHeader('content-type') ?? '');
    replacing = res.statusCode >= 500 && !res.headersSent && (type === '' || type.startsWith('text/html'));
    if (replacing) {
      for (const name of ['content-length', 'content-encoding', 'etag', 'transfer-encoding']) res.removeHeader(name);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'private, no-store');
      original.writeHead.call(res, res.statusCode);
      original.end.call(
        res,
        req.method === 'HEAD' ? undefined : apologyDocument(locale, locale === 'ar' ? 'rtl' : 'ltr'),
      );
    }
    return replacing;
  };
  res.writeHead = function writeHead(statusCode, ...rest) {
    res.statusCode = statusCode;
    const headers = rest.find((item) => item && typeof item === 'object');
    if (headers)
      for (const [name, value] of Array.isArray(headers) ? pairs(headers) : Object.entries(headers))
        res.setHeader(name, value);
    return decide() ? res : original.writeHead.call(res, statusCode);
  };
  res.write = function write(chunk, ...rest) {
    if (!decide()) return original.write.call(res, chunk, ...rest);
    const callback = rest.find((item) => typeof item === 'function');
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = function end(chunk, ...rest) {
    if (!decide()) return original.end.call(res, chunk, ...rest);
    const callback = [chunk, ...rest].find((item) => typeof item === 'function');
    if (callback) process.nextTick(callback);
    return res;
  };
}

function pairs(flat) {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i], flat[i + 1]]);
  return out;
}

/** Closes the process-wide connection kept by db/index.ts (PostgreSQL pool or PGlite + lock). */
async function closeDatabase(logger) {
  // The closed connection stays in place: a late caller then gets an error instead of
  // silently reopening PGlite after its clean close.
  const connection = globalThis.maydanConnection;
  if (!connection) return;
  try {
    await connection.close();
    logger.info({ kind: connection.kind }, 'database closed');
  } catch (error) {
    logger.error({ err: error }, 'closing the database failed');
  }
}

/** `node scripts/server.mjs [-p PORT] [-H HOSTNAME]`, like `next start`. */
function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-p' || argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i] === '-H' || argv[i] === '--hostname') options.hostname = argv[++i];
  }
  return options;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] || '')).href) {
  await startServer(parseArgs(process.argv.slice(2)));
}
