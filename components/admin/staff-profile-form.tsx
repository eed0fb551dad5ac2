'use client';

import { useActionState } from 'react';
import { ImageChoiceField } from '@/components/admin/image-choice-field';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { ProfileMessages } from '@/lib/i18n/admin-profile';
import { direction, locales } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A staff member's public profile: a biography per language (each typed in its own direction)
 * and profile links, one per line. Works without JavaScript; what was typed stays on a refusal.
 */
export function StaffProfileForm({
  action,
  initial,
  initialState,
  t,
}: {
  action: FormAction;
  /** `bio.en`, `bio.fr`, `bio.ar`, `social` (one address per line), `photo` and `photo.src`. */
  initial: Record<string, string>;
  initialState?: FormState;
  t: ProfileMessages;
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const value = (key: string) => state.values?.[key] ?? initial[key] ?? '';
  return (
    <form action={formAction} noValidate className="space-y-4" key={JSON.stringify(state.values ?? initial)}>
      <FormStateMessage state={state} />
      {locales.map((l) => (
        <Field
          key={l}
          id={`profile-bio-${l}`}
          label={fill(t.profile.bioIn, { language: t.languages[l] })}
          hint={t.profile.bioHint}
          error={state.fieldErrors?.[`bio.${l}`]}
        >
          {(p) => (
            <textarea
              {...p}
              name={`bio.${l}`}
              rows={3}
              lang={l}
              dir={direction(l)}
              defaultValue={value(`bio.${l}`)}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <Field id="profile-social" label={t.profile.social} hint={t.profile.socialHint} error={state.fieldErrors?.social}>
        {(p) => (
          <textarea {...p} name="social" rows={3} dir="ltr" defaultValue={value('social')} className={inputClass} />
        )}
      </Field>
      <ImageChoiceField
        id="profile-photo"
        name="photo"
        label={t.profile.photo}
        hint={t.profile.photoHint}
        error={state.fieldErrors?.photo}
        value={value('photo')}
        src={value('photo.src')}
        t={{ current: t.profile.photoCurrent, remove: t.profile.photoRemove, none: t.profile.photoNone }}
      />
      <SubmitButton pending={pending} pendingLabel={t.working}>
        {t.profile.save}
      </SubmitButton>
    </form>
  );
}
