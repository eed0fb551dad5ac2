'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { FormStateMessage } from '@/components/ui/form-message';
import type { FormState } from '@/lib/form-state';
import type { AdminMenusMessages } from '@/lib/i18n/admin-menus';
import type { Locale } from '@/lib/i18n/config';
import type { MenuChoices } from '@/lib/menus';
import { MAX_MENU_LABEL, MAX_MENU_URL, menuNames, menuTargets } from '@/lib/menus/kinds';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Adds a link to one of a language's menus: a section, a page, a tag or a web address, with an
 * optional label. Every field is there without JavaScript; the server reads the ones the chosen
 * kind needs and answers errors next to them, keeping what was typed.
 */
export function MenuAddForm({
  action,
  locale,
  choices,
  initialState,
  t,
}: {
  action: FormAction;
  /** The language whose menus this screen edits. */
  locale: Locale;
  choices: MenuChoices;
  initialState?: FormState;
  t: AdminMenusMessages['menus'];
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, initialState ?? { status: 'idle' });
  const kept = state.status === 'success' ? {} : (state.values ?? {});
  const error = (key: string) => state.fieldErrors?.[key];
  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="menu-add-title"
      className="grid gap-4 rounded border border-rule bg-card p-5"
      key={JSON.stringify(state)}
    >
      <h2 id="menu-add-title" className="text-lg font-bold">
        {t.add.title}
      </h2>
      <FormStateMessage state={state} codes={{ forbidden: t.errors.forbidden, 'signed-out': t.errors.forbidden }} />
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="menu-add-menu" label={t.add.menu} error={error('menu')} size="md">
          {(p) => (
            <select {...p} name="menu" defaultValue={kept.menu ?? 'header'} className={inputClass}>
              {menuNames.map((m) => (
                <option key={m} value={m}>
                  {t[m]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="menu-add-target" label={t.add.target} error={error('target')} size="md">
          {(p) => (
            <select {...p} name="target" defaultValue={kept.target ?? 'page'} className={inputClass}>
              {menuTargets.map((target) => (
                <option key={target} value={target}>
                  {t.targets[target]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="menu-add-page" label={t.add.page} error={error('pageId')} size="md">
          {(p) => (
            <select {...p} name="pageId" defaultValue={kept.pageId ?? ''} lang={locale} className={inputClass}>
              <option value="">—</option>
              {choices.pages.map((page) => (
                <option key={page.id} value={String(page.id)}>
                  {page.online ? page.title : `${page.title} ${t.add.pageOffline}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="menu-add-section" label={t.add.section} error={error('sectionId')} size="md">
          {(p) => (
            <select {...p} name="sectionId" defaultValue={kept.sectionId ?? ''} lang={locale} className={inputClass}>
              <option value="">—</option>
              {choices.sections.map((section) => (
                <option key={section.id} value={String(section.id)}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="menu-add-tag" label={t.add.tag} hint={t.add.tagHint} error={error('tag')} size="md">
          {(p) => (
            <input
              {...p}
              name="tag"
              type="text"
              dir="auto"
              lang={locale}
              maxLength={60}
              defaultValue={kept.tag ?? ''}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="menu-add-url" label={t.add.url} hint={t.add.urlHint} error={error('url')} size="md">
          {(p) => (
            <input
              {...p}
              name="url"
              type="text"
              inputMode="url"
              dir="ltr"
              maxLength={MAX_MENU_URL}
              defaultValue={kept.url ?? ''}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      <Field id="menu-add-label" label={t.add.label} hint={t.add.labelHint} error={error('label')} size="md">
        {(p) => (
          <input
            {...p}
            name="label"
            type="text"
            dir="auto"
            lang={locale}
            maxLength={MAX_MENU_LABEL}
            defaultValue={kept.label ?? ''}
            className={inputClass}
          />
        )}
      </Field>
      <div>
        <SubmitButton pending={pending}>{t.add.submit}</SubmitButton>
      </div>
    </form>
  );
}
