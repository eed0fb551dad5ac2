import { connectFromEnv, type Connection } from '../db/connect';
import { seedDemo } from '../db/seed';

/** `npm run db:seed`: demo content into an empty database. `--if-empty` makes a non-empty one a no-op. */
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
} catch (error) {
  console.error('Seeding failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await connection?.close();
}
