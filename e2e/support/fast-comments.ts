// Run by the end-to-end and system test servers on their throwaway databases: browsers answer the
// captcha at once, so the minimum fill time (a bot signal, covered by the unit and integration
// tests of the comment rules) is set to 0 instead of every test sleeping past it.
import { settings } from '../../db/schema';
import { connectFromEnv } from '../../db/connect';
import { defaultCommentSettings } from '../../lib/comments/rules';

const connection = connectFromEnv();
const value = { ...defaultCommentSettings, minFillSeconds: 0 };
await connection.db
  .insert(settings)
  .values({ key: 'comments', value })
  .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
await connection.close();
