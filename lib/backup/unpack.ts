import path from 'node:path';
import * as tar from 'tar';
import { MANIFEST_FILE, TABLES_FOLDER, UPLOADS_FOLDER } from './manifest';

export class ArchiveUnreadableError extends Error {
  constructor(cause: unknown) {
    super(
      `The backup file could not be read (${cause instanceof Error ? cause.message : String(cause)}): is it a complete Maydan .tar.gz backup?`,
    );
    this.name = 'ArchiveUnreadableError';
  }
}

/**
 * Extracts the archive into `folder`: regular files and folders only, only under the names a
 * backup uses (node-tar also refuses absolute paths and `..`), without the archive's owners or modes.
 */
export async function unpackArchive(file: string, folder: string): Promise<void> {
  const allowed = (entryPath: string) => {
    const normalized = path.posix.normalize(entryPath.replace(/^\.\//, ''));
    return (
      normalized === MANIFEST_FILE ||
      normalized === TABLES_FOLDER ||
      normalized.startsWith(`${TABLES_FOLDER}/`) ||
      normalized === UPLOADS_FOLDER ||
      normalized.startsWith(`${UPLOADS_FOLDER}/`)
    );
  };
  try {
    await tar.extract({
      file,
      cwd: folder,
      strict: true,
      preserveOwner: false,
      noChmod: true,
      filter: (entryPath, entry) => {
        const type = 'type' in entry ? entry.type : entry.isDirectory() ? 'Directory' : 'File';
        return (type === 'File' || type === 'OldFile' || type === 'Directory') && allowed(entryPath);
      },
    });
  } catch (error) {
    throw new ArchiveUnreadableError(error);
  }
}
