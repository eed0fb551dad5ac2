// Plain JavaScript so that scripts/start.mjs (run by node without a TypeScript loader) can use it
// as well as db/connect.ts. DATA_DIR holds the database, uploads and generated secrets: only the
// account that runs Maydan may read it, whatever the umask, and this is re-applied on every start
// (a folder created earlier, or restored from a backup, may have looser modes).
import fs from 'node:fs';

/** Creates `dir` (and missing parents) if needed and makes it readable by its owner only (0700). */
export function ensurePrivateDir(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Makes an existing file readable and writable by its owner only (0600); absent files are left alone. */
export function ensurePrivateFile(file) {
  try {
    fs.chmodSync(file, 0o600);
  } catch (error) {
    if (error && error.code !== 'ENOENT') throw error;
  }
}
