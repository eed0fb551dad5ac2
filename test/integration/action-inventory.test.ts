import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPipelineAction } from '@/lib/actions/action';

const root = path.resolve(import.meta.dirname, '../..');

/** Every module that declares server actions: a `'use server'` directive as its first statement. */
function serverActionModules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (
        /\.tsx?$/.test(entry.name) &&
        /^\s*(\/\/[^\n]*\n\s*)*['"]use server['"]/.test(fs.readFileSync(full, 'utf8'))
      )
        out.push(path.relative(root, full));
    }
  };
  for (const dir of ['app', 'components', 'lib']) walk(path.join(root, dir));
  return out.sort();
}

/** Modules not yet written through the pipeline; this list only shrinks, and must end empty. */
const notYetConverted = new Set<string>([]);

describe('server actions', () => {
  const modules = serverActionModules();

  it('are found where they are declared', () => {
    expect(modules).toContain('app/(admin)/admin/tags/actions.ts');
    expect(modules.length).toBeGreaterThanOrEqual(10);
  });

  it('are all written through the one pipeline (authenticate, authorize, parse, log)', async () => {
    const outside: string[] = [];
    let count = 0;
    for (const file of modules) {
      const exports = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) {
        count++;
        const converted = isPipelineAction(value);
        if (!converted && !notYetConverted.has(`${file}#${name}`)) outside.push(`${file}#${name}`);
        if (converted && notYetConverted.has(`${file}#${name}`)) outside.push(`${file}#${name} (remove from the list)`);
      }
    }
    expect(outside).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(26);
  });
});
