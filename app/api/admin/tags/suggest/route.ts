import { getDb } from '@/db';
import { AccessDeniedError, requirePermission, type Staff } from '@/lib/auth/session';
import { log } from '@/lib/log';
import { applySecurityHeaders } from '@/lib/security-headers';
import { suggestTags, type TagSuggestion } from '@/lib/tag-suggest';

type Body = { tags: TagSuggestion[] } | { error: 'signed-out' | 'forbidden' | 'invalid' | 'failed' };

function reply(body: Body, status: number) {
  const response = Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } });
  applySecurityHeaders(response.headers, { kind: 'resource' });
  return response;
}

/** GET /api/admin/tags/suggest?locale=ar&q=مياه — existing tags for the article editor's tag field. */
export async function GET(request: Request) {
  let staff: Staff;
  try {
    staff = await requirePermission('article.create');
  } catch (error) {
    if (error instanceof AccessDeniedError)
      return error.reason === 'signed-out' ? reply({ error: 'signed-out' }, 401) : reply({ error: 'forbidden' }, 403);
    throw error;
  }
  const params = new URL(request.url).searchParams;
  try {
    const result = await suggestTags(getDb(), staff, { locale: params.get('locale'), q: params.get('q') ?? '' });
    if (result.ok) return reply({ tags: result.tags }, 200);
    return result.reason === 'forbidden' ? reply({ error: 'forbidden' }, 403) : reply({ error: 'invalid' }, 400);
  } catch (error) {
    log.error({ err: error, scope: 'tag-suggest', userId: staff.id }, 'tag suggestions failed');
    return reply({ error: 'failed' }, 500);
  }
}
