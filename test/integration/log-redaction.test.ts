import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '@/db/schema';
import { createLogger, routeConsoleToLogger } from '@/lib/log-core.mjs';
import { createTestDatabase } from '../support/database';

const EMAIL = 'known.reader+secret@example.org';
const PASSWORD_HASH = '$argon2id$v=19$m=19456,t=2,p=1$not-a-real-hash';

/** A logger writing into an array of JSON lines. */
function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.dispose());

/** A unique-email violation: the driver's error carries the insert's bound values. */
async function failingInsert(): Promise<unknown> {
  const row = {
    email: EMAIL,
    name: 'Known Reader',
    slug: `known-${Math.random().toString(36).slice(2)}`,
    role: 'author' as const,
    passwordHash: PASSWORD_HASH,
  };
  await database.db.insert(users).values(row);
  try {
    await database.db.insert(users).values({ ...row, slug: `${row.slug}-2` });
  } catch (error) {
    return error;
  }
  throw new Error('the second insert should have failed');
}

describe('logs never hold personal data (database errors)', () => {
  it('serializes a failed insert without its parameters or the key value', async () => {
    const error = await failingInsert();
    // The raw error does hold the address: that is what the serializer must drop.
    expect(JSON.stringify({ message: (error as Error).message, cause: String((error as Error).cause) })).toContain(
      EMAIL,
    );

    const { logger, lines } = capture();
    logger.error({ err: error, email: EMAIL, user: { email: EMAIL, passwordHash: PASSWORD_HASH } }, 'insert failed');
    const out = lines.join('\n');
    expect(lines).toHaveLength(1);
    expect(out).not.toContain(EMAIL);
    expect(out).not.toContain('example.org');
    expect(out).not.toContain(PASSWORD_HASH);
    const entry = JSON.parse(lines[0]!);
    expect(entry.level).toBe('error');
    // Still useful: the query (placeholders only) and the database's error code.
    expect(entry.err.message).toContain('insert into "users"');
    expect(JSON.stringify(entry.err)).toContain('23505');
  });

  it('also scrubs the same error when printed through console.error (Next and libraries)', async () => {
    const error = await failingInsert().catch((e: unknown) => e);
    const { logger, lines } = capture();
    const restore = routeConsoleToLogger(logger);
    try {
      console.error('action failed:', error);
      console.error(`⨯ ${(error as Error).message}`);
    } finally {
      restore();
    }
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(() => JSON.parse(line)).not.toThrow();
      expect(line).not.toContain(EMAIL);
      expect(line).not.toContain(PASSWORD_HASH);
    }
  });
});
