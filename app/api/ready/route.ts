import { connection } from 'next/server';
import { getDb } from '@/db';
import { checkReadiness } from '@/lib/health';

/**
 * Readiness: the database answers and this build's migrations are applied. 503 otherwise, so a
 * load balancer sends no traffic to an instance that cannot serve writes.
 */
export async function GET() {
  await connection();
  const readiness = await checkReadiness(getDb, Number(process.env.READY_TIMEOUT_MS) || 3_000);
  return Response.json(
    readiness.ready
      ? { status: 'ready', migrations: readiness.migrations }
      : { status: 'unavailable', reason: readiness.reason },
    { status: readiness.ready ? 200 : 503, headers: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } },
  );
}
