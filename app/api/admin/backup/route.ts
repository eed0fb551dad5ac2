import fsp from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import { getDb } from '@/db';
import { recordAudit } from '@/lib/audit/write';
import { AccessDeniedError, requirePermission } from '@/lib/auth/session';
import { writeBackup } from '@/lib/backup/create';
import { backupFileName } from '@/lib/backup/manifest';
import { uploadsDir } from '@/lib/media/store';
import { log } from '@/lib/log';

const privateHeaders = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/**
 * The whole site (database and uploads) as a .tar.gz download, for administrators, while the site
 * runs: the only way to back up the embedded database without stopping the server, which owns it.
 * The archive is built in a private temporary file (the embedded database is busy only while
 * its rows are read, not while a slow client downloads), then streamed from disk.
 */
export async function GET(request: Request) {
  // A link on another site must not make an administrator's browser build a backup.
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return Response.json({ error: 'cross-site' }, { status: 403, headers: privateHeaders });
  }
  let actorId: number;
  try {
    actorId = (await requirePermission('settings.manage')).id;
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      return Response.json(
        { error: error.reason },
        { status: error.reason === 'signed-out' ? 401 : 403, headers: privateHeaders },
      );
    }
    throw error;
  }

  const db = getDb();
  const uploadsRoot = uploadsDir();
  const workDir = path.dirname(uploadsRoot);
  await fsp.mkdir(workDir, { recursive: true });
  const file = path.join(workDir, `.maydan-download-${crypto.randomBytes(8).toString('hex')}.tar.gz`);
  const now = new Date();
  let handle: fsp.FileHandle;
  try {
    const manifest = await writeBackup(db, file, {
      driver: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      uploadsRoot,
      workDir,
      now,
    });
    await recordAudit(db, actorId, 'backup.download', 'backup', null, {
      tables: manifest.tables.length,
      rows: manifest.tables.reduce((sum, t) => sum + t.rows, 0),
      uploads: manifest.uploads.files,
    });
    handle = await fsp.open(file, 'r');
  } catch (error) {
    log.error({ scope: 'backup', err: error }, 'building the backup download failed');
    return Response.json({ error: 'backup-failed' }, { status: 500, headers: privateHeaders });
  } finally {
    // The open descriptor keeps the bytes until they are streamed; nothing is left on disk.
    await fsp.rm(file, { force: true });
  }
  const { size } = await handle.stat();
  const body = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: {
      ...privateHeaders,
      'content-type': 'application/gzip',
      'content-length': String(size),
      'content-disposition': `attachment; filename="${backupFileName(now)}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}
