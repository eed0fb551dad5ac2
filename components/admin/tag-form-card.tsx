import type { ComponentProps, ReactNode } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { StaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { staffCodes } from './staff-messages';

/**
 * The frame of the tag screen's forms (create, merge): a card with a title, a row of fields
 * ending in the submit button, and the outcome below.
 */
export function TagFormCard({
  title,
  intro,
  submitLabel,
  pending,
  state,
  t,
  children,
  ...form
}: Omit<ComponentProps<'form'>, 'title'> & {
  title: string;
  /** Said under the title; may be an error about the whole form. */
  intro?: ReactNode;
  submitLabel: string;
  pending: boolean;
  state: FormState;
  t: StaffAuditTaxonomyMessages;
}) {
  return (
    <form noValidate className="rounded border border-rule bg-card p-4" {...form}>
      <h2 className={`${intro ? 'mb-1' : 'mb-3'} text-lg font-bold`}>{title}</h2>
      {intro}
      <div className="flex flex-wrap items-start gap-4">
        {children}
        <div className="self-end">
          <SubmitButton pending={pending} pendingLabel={t.common.working}>
            {submitLabel}
          </SubmitButton>
        </div>
      </div>
      <div className="mt-2">
        <FormStateMessage state={state} codes={staffCodes(t)} />
      </div>
    </form>
  );
}
