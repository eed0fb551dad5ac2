import { describe, expect, it } from 'vitest';
import { apologyMessages } from '@/lib/apology-document.mjs';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getBackupMessages } from '@/lib/i18n/admin-backup';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { getAdminBreakingMessages } from '@/lib/i18n/admin-breaking';
import { getAdminCorrectionsMessages } from '@/lib/i18n/admin-corrections';
import { getAdminIdentityMessages } from '@/lib/i18n/admin-identity';
import { getAdminMenusMessages } from '@/lib/i18n/admin-menus';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLoginMessages } from '@/lib/i18n/admin-login';
import { getStaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { getMessages } from '@/lib/i18n/messages';
import { tooLargeMessage } from '@/lib/request-limits';

const NNBSP = '\u202f';

/** Every string of a dictionary, with functions called on a placeholder so templates count too. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    strings(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => 'X')), `${path}()`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) strings(child, `${path}.${key}`, out);
  }
  return out;
}

/**
 * French typography: a narrow no-break space (U+202F) before `:` `;` `?` `!` and inside « ».
 * Not punctuation: URL schemes (`https:`), times (`10:30`), `?`/`!` inside a URL.
 */
function frenchSpacingFaults(text: string): string[] {
  const faults: string[] = [];
  const withoutUrls = text
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, (url) => 'u'.repeat(url.length))
    .replace(/\b(?:mailto|https?):/gi, (s) => 'u'.repeat(s.length));
  for (const match of withoutUrls.matchAll(/[:;?!»]/g)) {
    const i = match.index;
    const before = withoutUrls[i - 1];
    if (match[0] === ':' && /\d/.test(before ?? '') && /\d/.test(withoutUrls[i + 1] ?? '')) continue;
    // A run such as `?!` needs the space only before its first mark.
    if (before && /[?!]/.test(before) && match[0] !== '»') continue;
    if (before !== NNBSP) faults.push(`«${text.slice(Math.max(0, i - 15), i + 1)}»`);
  }
  for (const match of withoutUrls.matchAll(/«/g)) {
    if (withoutUrls[match.index + 1] !== NNBSP) faults.push(`«${text.slice(match.index, match.index + 15)}»`);
  }
  return faults;
}

const dictionaries: Record<string, unknown> = {
  reader: getMessages('fr'),
  comments: getCommentMessages('fr'),
  admin: getAdminMessages('fr'),
  adminComments: getAdminCommentsMessages('fr'),
  adminBreaking: getAdminBreakingMessages('fr'),
  adminCorrections: getAdminCorrectionsMessages('fr'),
  adminIdentity: getAdminIdentityMessages('fr'),
  adminMenus: getAdminMenusMessages('fr'),
  adminStaff: getStaffAuditTaxonomyMessages('fr'),
  editor: getEditorMessages('fr'),
  login: getLoginMessages('fr'),
  backup: getBackupMessages('fr'),
  apology: apologyMessages.fr,
  tooLarge: tooLargeMessage('fr'),
};

describe('French strings', () => {
  it('the rule itself: a plain space or none before : ; ? ! is a fault; URLs and times are not', () => {
    expect(frenchSpacingFaults('Lire en :')).toHaveLength(1);
    expect(frenchSpacingFaults('Quitter ?')).toHaveLength(1);
    expect(frenchSpacingFaults('Quitter?')).toHaveLength(1);
    expect(frenchSpacingFaults('« titre »')).toHaveLength(2);
    expect(frenchSpacingFaults('Lire\u00a0en\u00a0:')).toHaveLength(1);
    expect(frenchSpacingFaults(`Lire en${NNBSP}:`)).toEqual([]);
    expect(frenchSpacingFaults(`«${NNBSP}titre${NNBSP}»${NNBSP}?!`)).toEqual([]);
    expect(frenchSpacingFaults('Saisissez https://exemple.org?a=1 ou mailto:a@b.fr à 10:30')).toEqual([]);
  });

  it('every French dictionary string has a narrow no-break space before : ; ? ! and inside « »', () => {
    const faults = Object.entries(dictionaries).flatMap(([name, dict]) =>
      strings(dict, name).flatMap(([path, text]) => frenchSpacingFaults(text).map((f) => `${path}: ${f}`)),
    );
    expect(faults).toEqual([]);
  });
});
