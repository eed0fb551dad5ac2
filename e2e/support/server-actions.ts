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
