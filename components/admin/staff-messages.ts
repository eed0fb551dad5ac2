import type { MessageCodes } from '@/components/ui/form-message';
import type { StaffScreensMessages } from '@/lib/i18n/admin-staff';

/** The refusal codes of the staff, sections and tags actions, in words. */
export function staffCodes(t: StaffScreensMessages): MessageCodes {
  return { forbidden: t.common.forbidden, 'signed-out': t.common.signedOut };
}
