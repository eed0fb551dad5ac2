import type { Page, Request } from '@playwright/test';

/** A server action call the page is about to make (its body holds `marker`), to replay it as someone else. */
export function actionRequest(page: Page, marker: string): Promise<Request> {
  return page.waitForRequest(
    (r) => r.method() === 'POST' && Boolean(r.headers()['next-action']) && (r.postData() ?? '').includes(marker),
  );
}

/** The headers that make a POST a call of the same server action. */
export function replayHeaders(request: Request, baseURL: string) {
  const h = request.headers();
  return {
    'next-action': h['next-action']!,
    'next-router-state-tree': h['next-router-state-tree']!,
    accept: 'text/x-component',
    'content-type': 'text/plain;charset=UTF-8',
    origin: baseURL,
  };
}

const entities: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', '#x27': "'", '#39': "'" };
const decode = (s: string) => s.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, e: string) => entities[e]!);

/**
 * The hidden fields of the page's server action form as served, for posting it without a
 * browser (React's action reference and bound arguments among them). It is the page's one POST
 * form: the header's search form is a GET form.
 */
export function actionFormFields(html: string): [string, string][] {
  const form = html.match(/<form[^>]*method="post"[^>]*>[\s\S]*?<\/form>/i)?.[0] ?? '';
  const fields: [string, string][] = [];
  for (const tag of form.match(/<input[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = tag.match(/name="([^"]*)"/)?.[1];
    if (name !== undefined) fields.push([decode(name), decode(tag.match(/value="([^"]*)"/)?.[1] ?? '')]);
  }
  return fields;
}
