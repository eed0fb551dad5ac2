import { z } from 'zod';
import { getDb } from '@/db';
import { AccessDeniedError, requirePermission, type Staff } from '@/lib/auth/session';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { locales } from '@/lib/i18n/config';
import { uploadImage, type UploadResponse } from '@/lib/media/admin';
import {
  BodyTooLargeError,
  MAX_UPLOAD_REQUEST_BYTES,
  declaresTooMuch,
  isSameOrigin,
  readLimitedBody,
} from '@/lib/media/upload-request';
import { applySecurityHeaders } from '@/lib/security-headers';

const uploadRequest = z.object({
  file: z.instanceof(File),
  alt: z.string().max(1000),
  locale: z.enum(locales),
});

function reply(body: UploadResponse, status: number) {
  const response = Response.json(body, { status, headers: { 'cache-control': 'private, no-store' } });
  applySecurityHeaders(response.headers, { kind: 'resource' });
  return response;
}

/**
 * Image uploads (featured and inline) with their own size limit, so server actions can keep a
 * small one. Order matters: the origin and the session are checked before a byte of the body
 * is read, then the declared length, then the bytes as they arrive.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return reply({ status: 'error', code: 'forbidden' }, 403);
  let staff: Staff;
  try {
    staff = await requirePermission('media.upload');
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      return reply({ status: 'error', code: error.reason }, error.reason === 'signed-out' ? 401 : 403);
    }
    throw error;
  }
  const t = getEditorMessages(staff.preferredLocale);
  const invalid = (field: 'file' | 'alt', message: string, status: number) =>
    reply({ status: 'invalid', fieldErrors: { [field]: message }, message }, status);
  if (declaresTooMuch(request, MAX_UPLOAD_REQUEST_BYTES)) return invalid('file', t.image.errors['too-large'], 413);

  let form: FormData;
  try {
    const bytes = await readLimitedBody(request, MAX_UPLOAD_REQUEST_BYTES);
    form = await new Response(bytes, {
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
    }).formData();
  } catch (error) {
    if (error instanceof BodyTooLargeError) return invalid('file', t.image.errors['too-large'], 413);
    return invalid('file', t.image.errors.empty, 400);
  }
  const parsed = uploadRequest.safeParse({
    file: form.get('file'),
    alt: form.get('alt') ?? '',
    locale: form.get('locale'),
  });
  if (!parsed.success) return invalid('file', t.image.errors.empty, 400);
  const { file, alt, locale } = parsed.data;
  try {
    const result = await uploadImage(getDb(), staff, file, { [locale]: alt }, { locale });
    if (result.ok) return reply({ status: 'success', image: result.image }, 201);
    const status = result.reason === 'forbidden' ? 403 : result.reason === 'too-large' ? 413 : 422;
    return invalid(result.reason === 'alt-required' ? 'alt' : 'file', t.image.errors[result.reason], status);
  } catch (error) {
    console.error(`[media upload] by user ${staff.id} failed:`, error);
    return reply({ status: 'error', message: getAdminMessages(staff.preferredLocale).genericError }, 500);
  }
}
