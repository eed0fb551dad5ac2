import type { MessageCodes } from '@/components/ui/form-message';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';

/** The refusal codes of the staff, sections and tags actions, in words. */
export function staffCodes(t: StaffAuditTaxonomyMessages): MessageCodes {
  return { forbidden: t.common.forbidden, 'signed-out': t.common.signedOut };
}
