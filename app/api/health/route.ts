import { connection } from 'next/server';

/** Liveness for load balancers and orchestrators: the process answers. Touches no database. */
export async function GET() {
  await connection();
  return Response.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' } });
}
