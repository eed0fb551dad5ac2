import { connectFromEnv, type Connection } from '../db/connect';
import { seedDemo } from '../db/seed';
import { ensureFirstAdmin } from '../lib/first-admin';

/**
 * `npm run db:seed`: demo content into an empty database. `--if-empty` makes a non-empty one a
 * no-op. Either way, a database left without an administrator gets one, whose generated
 * password is printed here once (there is no default password).
 */
const ifEmpty = process.argv.includes('--if-empty');
let connection: Connection | undefined;
try {
  connection = connectFromEnv();
  await connection.migrate();
  const result = await seedDemo(connection.db);
  if (result.skipped) {
    console.log('The database already has articles: demo content not added.');
    if (!ifEmpty) process.exitCode = 1;
  } else {
    console.log(`Demo content added: ${result.articles} articles, ${result.comments} comments, ${result.media} images.`);
  }
  if (!result.skipped || ifEmpty) {
    const admin = await ensureFirstAdmin(connection.db);
    if (admin) printCredentials(admin.email, admin.password);
  }
} catch (error) {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}

function printCredentials(email: string, password: string) {
  const lines = [
    'First administrator created',
    '',
    `  Sign in at /admin/login`,
    `  Email:    ${email}`,
    `  Password: ${password}`,
    '',
    'This password is shown once and stored only as a hash. Change it with:',
    `  npm run user -- reset-password --email ${email}`,
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '─'.repeat(width + 2);
  console.log(`\n┌${rule}┐\n${lines.map((l) => `│ ${l.padEnd(width)} │`).join('\n')}\n└${rule}┘\n`);
}
