import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectFromEnv } from '@/db/connect';
import * as schema from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { locales } from '@/lib/i18n/config';
import { uploadImage } from '@/lib/media/admin';
import { MAX_INPUT_PIXELS, storeImage } from '@/lib/media/store';
import { BodyTooLargeError, isSameOrigin, readLimitedBody } from '@/lib/media/upload-request';
import { ensurePrivateDir, ensurePrivateFile } from '@/lib/private-dir.mjs';
import { createTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let scratch: string;
let editor: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-media-hardening-'));
  const [row] = await database.db
    .insert(schema.users)
    .values({ email: 'media-editor@test.example', name: 'Media Editor', slug: 'media-editor', role: 'editor' })
    .returning({ id: schema.users.id });
  editor = { id: row!.id, role: 'editor' };
});

afterAll(async () => {
  await database?.dispose();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real decompression bomb: a 1-bit grey PNG of 30000 × 30000 pixels (900 megapixels, ~2.7 GB
 * once decoded to RGB) whose all-zero rows deflate to about 100 kB.
 */
async function bombPng(side = 30_000): Promise<Buffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  const row = Buffer.alloc(1 + side / 8);
  const deflate = zlib.createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (d: Buffer) => parts.push(d));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  for (let i = 0; i < side; i++) deflate.write(row);
  deflate.end();
  await ended;
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);
}

describe('image pixel limit', () => {
  it('refuses a decompression-bomb PNG from its header with a clear message, writing nothing', async () => {
    const bomb = await bombPng();
    expect(bomb.length).toBeLessThan(MAX_INPUT_PIXELS / 100);
    const root = path.join(scratch, 'uploads-bomb');
    const [{ before }] = (await database.db.select({ before: count() }).from(schema.media)) as [{ before: number }];

    expect(await storeImage(bomb, 'bomb', root)).toEqual({ ok: false, reason: 'too-many-pixels' });
    const file = new File([new Uint8Array(bomb)], 'bomb.png', { type: 'image/png' });
    const result = await uploadImage(database.db, editor, file, { en: 'A chart' }, { locale: 'en', root });
    expect(result).toEqual({ ok: false, reason: 'too-many-pixels' });

    expect(filesUnder(root)).toEqual([]);
    const [{ after }] = (await database.db.select({ after: count() }).from(schema.media)) as [{ after: number }];
    expect(after).toBe(before);
    for (const locale of locales) expect(getEditorMessages(locale).image.errors['too-many-pixels']).toMatch(/50/);
  });
});

describe('private data folder', () => {
  it('makes DATA_DIR 0700 and secrets 0600, also when they existed with looser modes', () => {
    const dataDir = path.join(scratch, 'data-loose');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const secrets = path.join(dataDir, 'secrets.json');
    fs.writeFileSync(secrets, '{}', { mode: 0o644 });
    fs.chmodSync(secrets, 0o644);
    ensurePrivateDir(dataDir);
    ensurePrivateFile(secrets);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
    const fresh = path.join(scratch, 'data-new', 'nested');
    ensurePrivateDir(fresh);
    expect(fs.statSync(fresh).mode & 0o777).toBe(0o700);
    expect(() => ensurePrivateFile(path.join(fresh, 'absent.json'))).not.toThrow();
  });

  it('the database connection re-applies 0700 to DATA_DIR on start', async () => {
    const dataDir = path.join(scratch, 'data-start');
    fs.mkdirSync(dataDir, { mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };
    process.env.DATA_DIR = dataDir;
    // postgres.js connects on the first query only: the folder is prepared before any database.
    process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:9/none';
    try {
      const connection = connectFromEnv();
      await connection.close();
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('stores uploads in owner-only folders', async () => {
    const root = path.join(scratch, 'uploads-private');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
      'base64',
    );
    const result = await storeImage(png, 'dot', root);
    if (!result.ok) throw new Error(result.reason);
    const stored = result.image;
    expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.dirname(path.join(root, stored.path))).mode & 0o777).toBe(0o700);
  });
});

describe('upload request guards', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://news.example/api/admin/media', { method: 'POST', headers });

  it('accepts only same-origin browser requests', () => {
    expect(isSameOrigin(post({ origin: 'http://news.example', 'sec-fetch-site': 'same-origin' }))).toBe(true);
    expect(isSameOrigin(post({ origin: 'http://evil.example' }))).toBe(false);
    expect(isSameOrigin(post({ origin: 'http://news.example', 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(isSameOrigin(post({}))).toBe(false);
    expect(isSameOrigin(post({ origin: 'null' }))).toBe(false);
  });

  it('stops reading a body without Content-Length as soon as it passes the limit', async () => {
    let pulled = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request('http://news.example/api/admin/media', {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    await expect(readLimitedBody(request, 10 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20);
    const small = new Request('http://news.example/x', { method: 'POST', body: 'hello' });
    expect(new TextDecoder().decode(await readLimitedBody(small, 10))).toBe('hello');
  });
});
