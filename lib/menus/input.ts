import { z } from 'zod';
import { locales } from '../i18n/config';
import { rowIdParam } from '../validation';
import { MAX_MENU_LABEL, MAX_MENU_URL, menuNames, menuTargets } from './kinds';

/** A row id from a select; the empty choice is "not given". */
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), rowIdParam.optional());

/**
 * An address a menu may link to: https (or http) anywhere, or a path on this site (`/en/…`).
 * Never `javascript:` or `data:`: what readers click must be a web page.
 */
export function isMenuUrl(value: string): boolean {
  if (/^\/(?!\/)[^\s]*$/.test(value)) return true;
  return /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value);
}

/** A new menu link as the admin form sends it; which target field counts depends on `target`. */
export const menuItemInputSchema = z
  .object({
    locale: z.enum(locales),
    menu: z.enum(menuNames),
    target: z.enum(menuTargets),
    sectionId: optionalId,
    pageId: optionalId,
    tag: z.string().trim().max(60).default(''),
    url: z.string().trim().max(MAX_MENU_URL).default(''),
    // One line: line breaks and control characters become spaces.
    label: z
      .string()
      .transform((s) => s.replace(/[\u0000-\u001f\u007f]+/g, ' '))
      .pipe(z.string().trim().max(MAX_MENU_LABEL))
      .default(''),
  })
  .superRefine((input, ctx) => {
    const need = (path: string, ok: boolean, message = 'required') => {
      if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (input.target === 'section') need('sectionId', input.sectionId !== undefined);
    if (input.target === 'page') need('pageId', input.pageId !== undefined);
    if (input.target === 'tag') need('tag', input.tag !== '');
    if (input.target === 'link') {
      need('url', input.url !== '');
      if (input.url !== '') need('url', isMenuUrl(input.url), 'invalid-url');
      need('label', input.label !== '');
    }
  });

export type MenuItemInput = z.output<typeof menuItemInputSchema>;
export type MenuItemField = 'locale' | 'menu' | 'target' | 'sectionId' | 'pageId' | 'tag' | 'url' | 'label';
/** `full`: the menu has MAX_MENU_ITEMS links already. */
export type MenuItemCode = 'required' | 'too-long' | 'invalid' | 'invalid-url' | 'not-found' | 'full';
