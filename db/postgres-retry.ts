import type { Sql } from 'postgres';

// The server ended the backend: it was shutting down (57P01) or restarting after a crash (57P02).
const SHUTDOWN_CODES = new Set(['57P01', '57P02']);

const isShutdown = (error: unknown) =>
  typeof error === 'object' && error !== null && SHUTDOWN_CODES.has(String((error as { code?: unknown }).code));

function once<T>(run: () => PromiseLike<T>): Promise<T> {
  return Promise.resolve(run()).then(undefined, (error: unknown) => {
    if (!isShutdown(error)) throw error;
    return run();
  });
}

/**
 * postgres.js 3.4.9 remembers the shutdown error of a query that was running when the server
 * went down and rejects the first query on that connection after it reconnects with it, once
 * (porsager/postgres#1223, #1215). A statement cut off by a shutdown did not commit, so the
 * single queries Drizzle sends outside transactions are retried once on that error: after a
 * restart the stale error is consumed and the retry runs on the fresh connection; while the
 * server is still down the retry fails as the first attempt did.
 */
export function retryAfterShutdown(sql: Sql): Sql {
  type Args = Parameters<Sql['unsafe']>;
  const unsafe = (...args: Args) => {
    const run = () => sql.unsafe(...args);
    return {
      values: () => once(() => run().values()),
      then: (resolve?: (rows: unknown) => unknown, reject?: (reason: unknown) => unknown) =>
        once(run).then(resolve, reject),
    };
  };
  // A transaction is retried only when it failed before its body ran (on BEGIN, where the
  // stale error lands): nothing of it happened yet.
  const begin = (...args: unknown[]) => {
    const body = args.at(-1) as (tx: unknown) => unknown;
    let started = false;
    const run = () =>
      (sql.begin as (...a: unknown[]) => Promise<unknown>)(...args.slice(0, -1), (tx: unknown) => {
        started = true;
        return body(tx);
      });
    return Promise.resolve(run()).then(undefined, (error: unknown) => {
      if (started || !isShutdown(error)) throw error;
      return run();
    });
  };
  const wrapped: Record<PropertyKey, unknown> = { unsafe, begin };
  return new Proxy(sql, {
    get: (target, property, receiver) => wrapped[property] ?? Reflect.get(target, property, receiver),
  });
}
