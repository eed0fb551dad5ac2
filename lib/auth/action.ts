import 'server-only';
import type { FormState } from '../form-state';
import { getAdminMessages } from '../i18n/admin';
import { log } from '../log';
import type { Permission } from './permissions';
import { AccessDeniedError, requirePermission, type Staff } from './session';

/**
 * Wraps a server action body: authorizes first (every action, every time), turns a refusal
 * into a form state, and logs unexpected errors without leaking them to the page.
 */
export async function withPermission<S extends FormState>(
  permission: Permission,
  body: (staff: Staff, t: ReturnType<typeof getAdminMessages>) => Promise<S>,
): Promise<S | FormState> {
  let staff: Staff;
  try {
    staff = await requirePermission(permission);
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      return { status: 'error', message: error.reason === 'signed-out' ? 'signed-out' : 'forbidden' };
    }
    throw error;
  }
  const t = getAdminMessages(staff.preferredLocale);
  try {
    return await body(staff, t);
  } catch (error) {
    // Redirects and notFound() are control flow, not failures.
    if (
      error &&
      typeof error === 'object' &&
      'digest' in error &&
      typeof (error as { digest: unknown }).digest === 'string' &&
      /^NEXT_/.test((error as { digest: string }).digest)
    )
      throw error;
    log.error({ err: error, scope: 'admin-action', permission, userId: staff.id }, 'admin action failed');
    return { status: 'error', message: t.genericError };
  }
}
