'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { keepFormState, postedWithoutScript } from '@/lib/admin/form-flash';
import { action } from '@/lib/actions/action';
import { expireTags } from '@/lib/cache-invalidation';
import type { FormState } from '@/lib/form-state';
import { getAdminMenusMessages, type AdminMenusMessages } from '@/lib/i18n/admin-menus';
import { locales, type Locale } from '@/lib/i18n/config';
import { fill } from '@/lib/i18n/format';
import { addMenuItem, moveMenuItem, removeMenuItem } from '@/lib/menus';
import type { MenuItemCode } from '@/lib/menus/input';
import { MAX_MENU_ITEMS, MAX_MENU_LABEL } from '@/lib/menus/kinds';
import { rowId } from '@/lib/validation';

const screen = (locale: Locale, anchor = '') => `/admin/menus?locale=${locale}${anchor}`;

/** Without JavaScript React's state cannot come back to the page: post/redirect/get. */
async function answer(state: FormState, locale: Locale, anchor = ''): Promise<FormState> {
  if (!(await postedWithoutScript())) return state;
  const nonce = await keepFormState('menus', state);
  redirect(`${screen(locale)}${nonce ? `&flash=${nonce}` : ''}${anchor}`);
}

function describe(field: string, code: MenuItemCode, t: AdminMenusMessages['menus']): string {
  const e = t.errors;
  if (code === 'full') return fill(e.full, { max: MAX_MENU_ITEMS });
  switch (field) {
    case 'sectionId':
      return e.sectionRequired;
    case 'pageId':
      return e.pageRequired;
    case 'tag':
      return code === 'not-found' ? e.tagNotFound : e.tagRequired;
    case 'url':
      return code === 'required' ? e.urlRequired : e.urlInvalid;
    case 'label':
      return code === 'too-long' ? fill(e.labelTooLong, { max: MAX_MENU_LABEL }) : e.labelRequired;
    default:
      return e.invalid;
  }
}

/** What a move or a removal answers: done, or why not. */
function changed(
  result: { ok: true } | { ok: false; reason: string },
  done: string,
  t: AdminMenusMessages['menus'],
): FormState {
  if (result.ok) return { status: 'success', message: done };
  return result.reason === 'forbidden'
    ? { status: 'error', code: 'forbidden', message: t.errors.forbidden }
    : { status: 'error', code: 'not-found', message: t.errors.notFound };
}

const menuLocale = (form: FormData): Locale => {
  const value = form.get('locale');
  return locales.find((l) => l === value) ?? locales[0];
};

/** Adds a link at the end of a menu (editors and admins; lib/menus). */
export const addMenuItemAction = action(
  {
    name: 'addMenuItem',
    access: 'pages.manage',
    // The shape only: the rules are the domain's (lib/menus/input.ts).
    schema: z.record(z.string(), z.string().max(4000)),
    input: (_prev: FormState, form: FormData) =>
      Object.fromEntries(
        ['locale', 'menu', 'target', 'sectionId', 'pageId', 'tag', 'url', 'label'].map((k) => [
          k,
          String(form.get(k) ?? ''),
        ]),
      ),
    refused: (state, _prev, form) => answer(state, menuLocale(form)),
  },
  async (input, { actor, locale, values }): Promise<FormState> => {
    const t = getAdminMenusMessages(locale).menus;
    const target = locales.find((l) => l === input.locale) ?? locales[0];
    const result = await addMenuItem(getDb(), actor, input);
    if (!result.ok) {
      if (result.reason !== 'invalid')
        return answer({ status: 'error', code: 'forbidden', message: t.errors.forbidden, values }, target);
      const fieldErrors: Record<string, string> = {};
      for (const [field, code] of Object.entries(result.fieldErrors))
        if (code) fieldErrors[field] = describe(field, code, t);
      return answer({ status: 'invalid', message: t.errors.fix, fieldErrors, values }, target);
    }
    expireTags(result.invalidate);
    return answer({ status: 'success', message: t.add.added, values: {} }, target);
  },
);

/** Moves a link one place up or down; the page comes back focused on the same button. */
export const moveMenuItemAction = action(
  {
    name: 'moveMenuItem',
    access: 'pages.manage',
    schema: z.object({ locale: z.enum(locales), id: rowId, direction: z.enum(['up', 'down']) }),
    input: (locale: Locale, id: number, direction: 'up' | 'down') => ({ locale, id, direction }),
    refused: async (state, locale): Promise<void> => {
      await answer(state, locales.includes(locale) ? locale : locales[0]);
    },
  },
  async ({ locale: menuLocaleValue, id, direction }, { actor, locale }): Promise<void> => {
    const t = getAdminMenusMessages(locale).menus;
    const result = await moveMenuItem(getDb(), actor, id, direction);
    if (result.ok) expireTags(result.invalidate);
    await answer(changed(result, t.moved, t), menuLocaleValue, `#menu-item-${id}`);
  },
);

export const removeMenuItemAction = action(
  {
    name: 'removeMenuItem',
    access: 'pages.manage',
    schema: z.object({ locale: z.enum(locales), id: rowId }),
    input: (locale: Locale, id: number) => ({ locale, id }),
    refused: async (state, locale): Promise<void> => {
      await answer(state, locales.includes(locale) ? locale : locales[0]);
    },
  },
  async ({ locale: menuLocaleValue, id }, { actor, locale }): Promise<void> => {
    const t = getAdminMenusMessages(locale).menus;
    const result = await removeMenuItem(getDb(), actor, id);
    if (result.ok) expireTags(result.invalidate);
    await answer(changed(result, t.removed, t), menuLocaleValue);
  },
);
