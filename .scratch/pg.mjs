import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import fs from 'node:fs';
const db = new PGlite({ extensions: { unaccent } });
await db.exec('create extension unaccent');
const q = fs.readFileSync(0, 'utf8');
const res = await db.exec(q);
for (const r of res) console.log(JSON.stringify(r.rows));
