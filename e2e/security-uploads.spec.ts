import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { getEditorMessages } from '../lib/i18n/admin-editor';
import { expect, test } from './support/test';

const en = getEditorMessages('en');

/** A real decompression bomb: 30000 × 30000 one-bit grey pixels in about 100 kB. */
function bombPng(file: string) {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = table[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const side = 30_000;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1;
  const raw = Buffer.alloc((1 + side / 8) * side);
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  fs.writeFileSync(file, png);
}

test.describe('image uploads', () => {
  test('the upload route refuses strangers, other sites and oversized bodies before reading them', async ({
    request,
    baseURL,
    page,
    signIn,
  }) => {
    const multipart = {
      file: { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('x') },
      alt: 'A',
      locale: 'en',
    };
    const anonymous = await request.post('/api/admin/media', { headers: { origin: baseURL! }, multipart });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()['x-content-type-options']).toBe('nosniff');

    await signIn(page, 'editor');
    const signedIn = page.request;
    const foreign = await signedIn.post('/api/admin/media', { headers: { origin: 'http://evil.example' }, multipart });
    expect(foreign.status()).toBe(403);
    const big = await signedIn.post('/api/admin/media', {
      headers: { origin: baseURL! },
      multipart: {
        ...multipart,
        file: { name: 'big.png', mimeType: 'image/png', buffer: Buffer.alloc(11 * 1024 * 1024) },
      },
    });
    expect(big.status()).toBe(413);
    expect(await big.json()).toMatchObject({ status: 'invalid', fieldErrors: { file: en.image.errors['too-large'] } });
  });

  test('a decompression-bomb PNG is refused with a clear message next to the file field', async ({ page, signIn }) => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-bomb-'));
    const file = path.join(folder, 'bomb.png');
    bombPng(file);
    expect(fs.statSync(file).size).toBeLessThan(200_000);
    await signIn(page, 'editor', '/admin/articles/new');
    const upload = page.waitForResponse((r) => r.url().endsWith('/api/admin/media'));
    await page.getByLabel('Image file').first().setInputFiles(file);
    await page.getByLabel('Alternative text').first().fill('A chart');
    await page.getByRole('button', { name: en.image.upload }).first().click();
    expect((await upload).status()).toBe(422);
    await expect(page.getByLabel('Image file').first()).toHaveAccessibleDescription(
      new RegExp(en.image.errors['too-many-pixels'].replace(/[()]/g, '\\$&')),
    );
    fs.rmSync(folder, { recursive: true, force: true });
  });
});
