'use client';

import { useActionState } from 'react';
import { idleState, type FormState } from '@/lib/form-state';
import { fill, type StaffScreensMessages } from '@/lib/i18n/admin-staff';
import { SubmitButton } from '@/components/ui/button';
import { Field, inlineInputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import { staffCodes } from './staff-messages';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Renames one tag (name and slug); the action is bound to the tag's id. */
export function TagRenameForm({
  tag,
  action,
  t,
}: {
  tag: { id: number; name: string; slug: string };
  action: FormAction;
  t: StaffScreensMessages;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const typed = state.status === 'success' ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  const base = `tag-${tag.id}`;
  const input = (field: 'name' | 'slug', label: string, fallback: string) => (
    <Field id={`${base}-${field}`} label={fill(label, { name: tag.name })} error={errors[field]} srOnlyLabel>
      {(p) => (
        <input
          {...p}
          name={field}
          defaultValue={typed?.[field] ?? fallback}
          maxLength={field === 'name' ? 60 : 160}
          dir="auto"
          className={`${inlineInputClass} w-44`}
        />
      )}
    </Field>
  );
  return (
    <form
      key={`${tag.name}|${tag.slug}|${JSON.stringify(typed ?? {})}`}
      action={formAction}
      noValidate
      className="space-y-1"
    >
      <div className="flex flex-wrap items-start gap-1">
        {input('name', t.tags.renameName, tag.name)}
        {input('slug', t.tags.renameSlug, tag.slug)}
        <SubmitButton pending={pending} variant="secondary" size="sm">
          {t.tags.rename}
        </SubmitButton>
      </div>
      <FormStateMessage state={state} codes={staffCodes(t)} />
    </form>
  );
}
