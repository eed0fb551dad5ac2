import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { createChallenge } from '../lib/captcha';
import { openPglite, SECRETS, startServerProcess } from './server-process';
import { actionFormFields } from './support/server-actions';

// Its own server and data folder (not the shared e2e server): this test stops its server.
const port = Number(process.env.E2E_PORT || 3100) + 50;
const base = `http://127.0.0.1:${port}`;
const SLUG = 'shutdown-story';
const BURST = 30;

let ip = 0;
/** Posts one comment as a browser without JavaScript does; the question is answered correctly. */
async function post(fields: [string, string][], articleId: number, body: string) {
  // A challenge issued a minute ago (so not "too fast to be human"), with a known answer: 2 + 1.
  const challenge = createChallenge('en', articleId, {
    now: new Date(Date.now() - 60_000),
    random: () => 0,
    secret: SECRETS.CAPTCHA_SECRET,
  });
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, name === 'captchaToken' ? challenge.token : value);
  form.append('name', 'Burst Reader');
  form.append('email', 'burst@example.net');
  form.append('website', '');
  form.append('homepage', '');
  form.append('body', body);
  form.append('captchaAnswer', '3');
  ip += 1;
  const response = await fetch(`${base}/en/article/${SLUG}/comment`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { origin: base, 'x-forwarded-for': `198.51.100.${ip}` },
  });
  await response.arrayBuffer();
  // Post/redirect/get: the outcome is kept in a draft the comment page shows.
  return {
    status: response.status,
    location: response.headers.get('location'),
    cookie: response.headers.getSetCookie().find((c) => c.includes('comment-draft')),
  };
}

test('SIGTERM during a burst of comment posts keeps every acknowledged comment and closes PGlite cleanly', async () => {
  test.setTimeout(240_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'maydan-shutdown-'));
  const folder = path.join(dataDir, 'pglite');
  try {
    const migrated = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/migrate.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      encoding: 'utf8',
    });
    expect(migrated.status, migrated.stderr).toBe(0);
    const [article] = openPglite(
      folder,
      `with author as (insert into users (email, name, slug, role) values ('writer@example.test', 'Writer', 'writer', 'author') returning id)
       insert into articles (locale, slug, title, body, status, published_at, author_id)
       select 'en', '${SLUG}', 'Shutdown story', '<p>Text</p>', 'published', now() - interval '1 day', id from author returning id`,
    ).rows as { id: number }[];

    const server = startServerProcess(dataDir, port);
    await server.waitFor(/"msg":"listening"/);
    const fields = actionFormFields(await (await fetch(`${base}/en/article/${SLUG}/comment`)).text());
    expect(fields.map(([name]) => name)).toContain('captchaToken');

    // One post, followed to its page: the request is one the app accepts.
    const first = await post(fields, article!.id, 'Before the burst');
    expect(first.status).toBe(303);
    const shown = await fetch(new URL(first.location!, base), { headers: { cookie: first.cookie!.split(';')[0]! } });
    expect(await shown.text()).toContain('Your comment is awaiting moderation');

    // The burst; SIGTERM as soon as the third answer arrives, with the others in flight.
    let answered = 0;
    const bodies = Array.from({ length: BURST }, (_, i) => `Burst comment number ${i} of the shutdown test`);
    const results = await Promise.allSettled(
      bodies.map((body) =>
        post(fields, article!.id, body).then((result) => {
          answered += 1;
          if (answered === 3) server.child.kill('SIGTERM');
          return { ...result, body };
        }),
      ),
    );
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('"msg":"database closed"');
    expect(fs.existsSync(`${folder}.lock`)).toBe(false);

    const acknowledged = results.flatMap((r) =>
      r.status === 'fulfilled' && r.value.status === 303 && r.value.cookie ? [r.value.body] : [],
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(3);
    // Every answered request was answered in full: nothing was cut off with a 5xx.
    for (const r of results) if (r.status === 'fulfilled') expect(r.value.status).toBe(303);

    const reopened = openPglite(folder, 'select body from comments');
    expect(reopened.log).toContain('database system was shut down');
    expect(reopened.log).not.toContain('not properly shut down');
    expect(reopened.log).not.toContain('redo starts');
    const stored = new Set((reopened.rows as { body: string }[]).map((row) => row.body));
    expect(stored.has('Before the burst')).toBe(true);
    for (const body of acknowledged) expect(stored.has(body), body).toBe(true);

    // The server's log: one JSON object per line, a line per request, and no personal data.
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const posts = entries.filter(
      (e) => e.msg === 'request' && e.method === 'POST' && e.route === `/en/article/${SLUG}/comment`,
    );
    expect(posts.length).toBeGreaterThanOrEqual(acknowledged.length + 1);
    for (const entry of posts)
      expect(entry).toEqual(
        expect.objectContaining({ reqId: expect.any(String), status: 303, durationMs: expect.any(Number) }),
      );
    expect(server.output()).not.toContain('burst@example.net');
    expect(server.output()).not.toContain('Burst comment number');

    // The restarted server is ready on the same folder, and stops cleanly again.
    const restarted = startServerProcess(dataDir, port);
    await restarted.waitFor(/"msg":"listening"/);
    const ready = await fetch(`${base}/api/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(ready.headers.get('x-request-id')).toBeTruthy();
    expect(await ready.json()).toMatchObject({ status: 'ready' });
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
