import fs from 'node:fs';
import path from 'node:path';

/** `../shared/fixtures` beside the checkout (as on developer machines and in CI). */
export function fixturePath(...parts: string[]): string {
  const root = process.env.MAYDAN_SHARED_DIR ?? path.resolve(import.meta.dirname, '../../../shared');
  const file = path.join(root, 'fixtures', ...parts);
  if (!fs.existsSync(file)) throw new Error(`Fixture ${file} is missing: set MAYDAN_SHARED_DIR to the shared folder.`);
  return file;
}
