import http from 'node:http';
import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { actionFormFields } from './support/server-actions';
import { startSystemServer, type SystemServer } from './system-server';
import { solveQuestion as answer } from '../test/support/captcha';

/**
 * 200 readers from 200 addresses (X-Forwarded-For, one trusted proxy) post a comment at the
 * same moment, each with a captcha question of their own, through the form a reader without
 * JavaScript submits. Every comment must be stored exactly once.
 */
const ARTICLE_SLUG = 'assembly-passes-2027-budget';
const COMMENT_PAGE = `/en/article/${ARTICLE_SLUG}/comment`;
const READERS = 200;

let server: SystemServer;

test.beforeAll(async () => {
  server = await startSystemServer();
});

test.afterAll(async ({}, testInfo) => {
  await server?.close(testInfo.outputPath('server.log'));
});

/**
 * One request on a connection of its own, as 200 different readers would open: no keep-alive
 * socket is shared (a pooled socket closed by the server while idle would reset a request).
 */
function send(
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: Buffer },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(init.body);
  });
}

const address = (i: number) => `203.0.${113 + (i >> 8)}.${(i & 255) + 1}`;

test(`${READERS} parallel comments from ${READERS} addresses are each stored exactly once`, async () => {
  const sql = postgres(server.pg.url, { max: 1, onnotice: () => {} });
  try {
    const [article] = await sql<
      { id: number }[]
    >`select id from articles where locale = 'en' and slug = ${ARTICLE_SLUG}`;
    expect(article).toBeTruthy();
    const page = await send(server.baseURL + COMMENT_PAGE, { headers: { 'x-forwarded-for': '203.0.200.1' } });
    expect(page.status).toBe(200);
    const fields = actionFormFields(page.text);
    expect(fields.some(([name]) => name.startsWith('$ACTION'))).toBe(true);

    // Each reader fetches a question of their own, as the form does.
    const run = `load-${Date.now().toString(36)}`;
    const readers = await Promise.all(
      Array.from({ length: READERS }, async (_, i) => {
        const response = await send(`${server.baseURL}/api/comment-form?article=${article!.id}&locale=en`, {
          headers: { 'x-forwarded-for': address(i) },
        });
        expect(response.status).toBe(200);
        const { challenge } = JSON.parse(response.text) as { challenge: { question: string; token: string } };
        return { i, challenge };
      }),
    );

    const posts = await Promise.all(
      readers.map(async ({ i, challenge }) => {
        const form = new FormData();
        for (const [name, value] of fields) form.append(name, value);
        form.set('captchaToken', challenge.token);
        form.set('captchaAnswer', answer(challenge.question));
        form.set('name', `Reader ${i}`);
        form.set('email', `reader${i}@load.example`);
        form.set('website', '');
        form.set('homepage', '');
        form.set('body', `${run} comment ${i}: the budget debate deserves more airtime.`);
        // The multipart body a browser would send for this form.
        const encoded = new Request(server.baseURL, { method: 'POST', body: form });
        return {
          i,
          body: Buffer.from(await encoded.arrayBuffer()),
          contentType: encoded.headers.get('content-type')!,
        };
      }),
    );
    const started = performance.now();
    const statuses = await Promise.all(
      posts.map(async ({ i, body, contentType }) => {
        const response = await send(server.baseURL + COMMENT_PAGE, {
          method: 'POST',
          body,
          headers: {
            'content-type': contentType,
            'content-length': String(body.length),
            'x-forwarded-for': address(i),
            origin: server.baseURL,
          },
        });
        return response.status;
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const [stored] = await sql<{ rows: number; bodies: number; addresses: number; spam: number }[]>`
      select count(*)::int as rows, count(distinct body)::int as bodies, count(distinct ip_hash)::int as addresses,
             count(*) filter (where status = 'spam')::int as spam
      from comments where article_id = ${article!.id} and body like ${`${run} %`}`;
    const summary = `${stored!.rows} of ${READERS} comments stored (${stored!.bodies} distinct) in ${seconds.toFixed(1)} s`;
    console.log(
      `[comment-load] ${summary}; responses: ${JSON.stringify(Object.fromEntries(statuses.reduce((m, s) => m.set(s, (m.get(s) ?? 0) + 1), new Map<number, number>())))}`,
    );
    test.info().annotations.push({ type: 'comment-load', description: summary });

    // Without JavaScript a post answers with a redirect to the comment page (post/redirect/get).
    expect(statuses.filter((s) => s !== 303)).toEqual([]);
    expect(stored).toEqual({ rows: READERS, bodies: READERS, addresses: READERS, spam: 0 });
  } finally {
    await sql.end();
  }
});
