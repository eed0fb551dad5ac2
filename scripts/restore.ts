import path from 'node:path';
import { connectFromEnv, DatabaseInUseError, type Connection } from '../db/connect';
import { restoreBackup } from '../lib/backup/restore';
import { uploadsDir } from '../lib/media/store';

/**
 * `npm run db:restore -- FILE`: a backup from `npm run db:backup` or the admin download, into the
 * configured database (DATABASE_URL, else DATA_DIR) and uploads folder, both of which must be
 * empty. Either driver may restore either driver's backup.
 */
const file = process.argv[2];
if (!file || file.startsWith('-')) {
  console.error('Usage: npm run db:restore -- FILE.tar.gz');
  process.exit(2);
}
let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  const uploadsRoot = uploadsDir();
  const restored = await restoreBackup(connection, path.resolve(file), { uploadsRoot });
  if (!restored.ok) {
    console.error(`Restore refused: ${restored.detail}`);
    process.exitCode = 1;
  } else {
    const { manifest } = restored;
    const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Restored the backup of ${manifest.createdAt} (${manifest.driver}) into ${connection.kind}: ${manifest.tables.length} tables, ${rows} rows; ${manifest.uploads.files} upload files into ${uploadsRoot}.`,
    );
  }
} catch (error) {
  if (error instanceof DatabaseInUseError) {
    console.error(`Restore refused: ${error.message}`);
  } else {
    console.error(
      'Restore failed, nothing was written to the database:',
      error instanceof Error ? error.message : error,
    );
  }
  process.exitCode = 1;
} finally {
  await connection?.close();
}
