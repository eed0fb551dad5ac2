// The logger shared by the custom server (scripts/server.mjs, plain Node) and the app
// (lib/log.ts): JSON lines through pino, a redaction list, and an error serializer that never
// writes a query's bound values. Plain JavaScript so the server starts without a compiler.
import { AsyncLocalStorage } from 'node:async_hooks';
import util from 'node:util';
import pino from 'pino';

/** Fields that may hold personal data or secrets; pino replaces their values. */
export const REDACT_PATHS = [
  'email',
  'password',
  'passwordHash',
  'hash',
  'token',
  'sessionToken',
  'captchaToken',
  'body',
  'cookie',
  'authorization',
  'params',
  'parameters',
  '*.email',
  '*.password',
  '*.passwordHash',
  '*.hash',
  '*.token',
  '*.sessionToken',
  '*.captchaToken',
  '*.body',
  '*.cookie',
  '*.authorization',
  '*.params',
  '*.parameters',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
];

// Properties of database and system errors that are safe to keep (names and codes, no values).
const SAFE_ERROR_FIELDS = [
  'code',
  'severity',
  'constraint',
  'constraint_name',
  'table',
  'table_name',
  'column',
  'column_name',
  'schema',
  'schema_name',
  'routine',
  'errno',
  'syscall',
  'digest',
];

/** Removes the "params: …" part that drizzle puts into a failed query's message. */
export function scrubText(text) {
  return String(text).replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, '\nparams: [redacted]');
}

function safeMessage(error) {
  let message = typeof error.message === 'string' ? error.message : '';
  if ('params' in error || 'parameters' in error) message = message.split('\nparams:')[0];
  message = scrubText(message);
  // PostgreSQL's data exceptions (class 22) quote the offending input value.
  if (typeof error.code === 'string' && error.code.startsWith('22'))
    message = message.replace(/"[^"]*"/g, '"[redacted]"');
  return message;
}

/**
 * An error as plain JSON without anything that may carry user data: no bound parameters,
 * no `detail`/`where` (PostgreSQL echoes key values there), the query text only (placeholders).
 */
export function serializeError(error, depth = 0) {
  if (!(error instanceof Error)) {
    return {
      type: typeof error,
      message: typeof error === 'string' ? scrubText(error).slice(0, 500) : '[non-error value thrown]',
    };
  }
  const type = error.name || error.constructor?.name || 'Error';
  const message = safeMessage(error);
  const out = { type, message };
  for (const key of SAFE_ERROR_FIELDS) {
    const value = error[key];
    if (value !== undefined && value !== null && typeof value !== 'object') out[key] = value;
  }
  if (typeof error.query === 'string') out.query = error.query.slice(0, 2000);
  const frames = typeof error.stack === 'string' ? error.stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
  out.stack = [`${type}: ${message}`, ...frames].join('\n');
  if (error.cause !== undefined && depth < 3) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

const contextKey = Symbol.for('maydan.requestContext');
/** Per-request context (the request id), shared by the server and the app in one process. */
export const requestContext = (globalThis[contextKey] ??= new AsyncLocalStorage());

/** A pino logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(destination) {
  const options = {
    level: process.env.LOG_LEVEL || 'info',
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError, cause: serializeError },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const store = requestContext.getStore();
      return store ? { reqId: store.reqId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

const loggerKey = Symbol.for('maydan.logger');
/** One logger per process, even when the bundler loads this module more than once. */
export function rootLogger() {
  return (globalThis[loggerKey] ??= createLogger());
}

const consoleKey = Symbol.for('maydan.consoleRouted');
/**
 * Sends console.* of this process (Next's own messages, libraries) through the logger, so
 * every line is JSON and goes through the same redaction and error serializer.
 */
export function routeConsoleToLogger(logger = rootLogger()) {
  if (globalThis[consoleKey]) return globalThis[consoleKey];
  const levels = { log: 'info', info: 'info', warn: 'warn', error: 'error', debug: 'debug', trace: 'trace' };
  const original = Object.fromEntries(Object.keys(levels).map((method) => [method, console[method]]));
  /** Puts the original console methods back (tests). */
  const restore = () => {
    Object.assign(console, original);
    globalThis[consoleKey] = undefined;
  };
  globalThis[consoleKey] = restore;
  for (const [method, level] of Object.entries(levels)) {
    console[method] = (...args) => {
      const errorArg = args.find((arg) => arg instanceof Error);
      const text = args
        .filter((arg) => arg !== errorArg)
        .map((arg) => (typeof arg === 'string' ? arg : util.inspect(arg, { depth: 3, breakLength: Infinity })))
        .join(' ');
      // Drop Next's terminal colours and symbols' escape codes.
      const msg = scrubText(text.replace(/\u001b\[[0-9;]*m/g, '')).trim();
      if (errorArg) logger[level]({ err: errorArg }, msg || errorArg.message);
      else logger[level](msg);
    };
  }
  return restore;
}
