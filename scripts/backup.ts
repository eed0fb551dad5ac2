import path from 'node:path';
import { connectFromEnv, DatabaseInUseError, type Connection } from '../db/connect';
import { writeBackup } from '../lib/backup/create';
import { uploadsDir } from '../lib/media/store';

/**
 * `npm run db:backup -- FILE`: the database (either driver) and the uploads in one .tar.gz,
 * readable by its owner only. With PostgreSQL it runs while the site runs; the embedded database
 * belongs to the running server, whose admin settings page offers the same backup as a download.
 */
const file = process.argv[2];
if (!file || file.startsWith('-')) {
  console.error('Usage: npm run db:backup -- FILE.tar.gz');
  process.exit(2);
}
const target = path.resolve(file);
let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  const manifest = await writeBackup(connection.db, target, {
    driver: connection.kind,
    uploadsRoot: uploadsDir(),
    workDir: path.dirname(target),
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Backup written to ${target}: ${manifest.tables.length} tables, ${rows} rows, ${manifest.uploads.files} upload files (migration ${manifest.migration.tag ?? 'none'}).`,
  );
  console.log('It contains password hashes and commenters’ emails: keep it private.');
} catch (error) {
  if (error instanceof DatabaseInUseError) {
    console.error(
      `${error.message}\nWhile the server runs, download the backup from /admin/settings (administrators), or stop the server and run this again.`,
    );
  } else if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    console.error(`${target} already exists: choose another file name.`);
  } else {
    console.error('Backup failed:', error instanceof Error ? error.message : error);
  }
  process.exitCode = 1;
} finally {
  await connection?.close();
}
