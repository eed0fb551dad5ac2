import fs from 'node:fs';
import path from 'node:path';
import { connectFromEnv, dataDir, type Connection } from '../db/connect';
import { seedDemo } from './demo/seed';
import { demoContentWanted, ensureFirstAdmin, FirstAdminConfigError, firstAdminEmail } from '../lib/first-admin';
import { log } from '../lib/log';

/**
 * `npm run db:seed`: demo content into an empty database. `--if-empty` (what `npm start` runs)
 * makes a non-empty database a no-op, and adds demo content only outside production (or with
 * MAYDAN_DEMO=1): a production database starts with its first administrator and nothing else.
 * Either way, a database left without an administrator gets one, with a generated password
 * shown once (there is no default password).
 */
const ifEmpty = process.argv.includes('--if-empty');
const production = process.env.NODE_ENV === 'production';
let connection: Connection | undefined;
try {
  const adminEmail = firstAdminEmail();
  connection = connectFromEnv();
  await connection.migrate();
  let proceed = true;
  if (ifEmpty && !demoContentWanted()) {
    log.info('production: no demo content added (set MAYDAN_DEMO=1 to add it to an empty database)');
  } else {
    const result = await seedDemo(connection.db);
    if (result.skipped) {
      console.log('The database already has articles: demo content not added.');
      if (!ifEmpty) process.exitCode = 1;
      proceed = ifEmpty;
    } else {
      console.log(
        `Demo content added: ${result.articles} articles, ${result.comments} comments, ${result.media} images.`,
      );
    }
  }
  if (proceed) {
    const admin = await ensureFirstAdmin(connection.db, adminEmail);
    if (admin && production) saveCredentials(admin.email, admin.password);
    else if (admin) printCredentials(admin.email, admin.password);
  }
} catch (error) {
  if (error instanceof FirstAdminConfigError) console.error(`\nMaydan cannot start: ${error.message}\n`);
  else log.error({ err: error }, 'seeding failed');
  process.exitCode = 1;
} finally {
  await connection?.close();
}

function credentialLines(email: string, password: string) {
  return [
    'First administrator created',
    '',
    `  Sign in at /admin/login`,
    `  Email:    ${email}`,
    `  Password: ${password}`,
    '',
    'This password is shown once and stored only as a hash. Change it with:',
    `  npm run user -- reset-password --email ${email}`,
  ];
}

/** Development: on the terminal, once. */
function printCredentials(email: string, password: string) {
  const lines = credentialLines(email, password);
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '─'.repeat(width + 2);
  console.log(`\n┌${rule}┐\n${lines.map((l) => `│ ${l.padEnd(width)} │`).join('\n')}\n└${rule}┘\n`);
}

/**
 * Production: stdout usually ends in a log collector, which must never hold a password. The
 * credentials go to a file only the server's user can read; the log says where.
 */
function saveCredentials(email: string, password: string) {
  const file = path.join(dataDir(), 'first-admin.txt');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${credentialLines(email, password).join('\n')}\n\nDelete this file once you have signed in.\n`,
    { mode: 0o600 },
  );
  log.info(
    { file },
    'first administrator created: credentials written to this file (readable by this user only); delete it after signing in',
  );
}
