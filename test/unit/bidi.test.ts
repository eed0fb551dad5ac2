import { describe, expect, it } from 'vitest';
import { getAdminMessages } from '@/lib/i18n/admin';
import { getBackupMessages } from '@/lib/i18n/admin-backup';
import { getAdminCommentsMessages } from '@/lib/i18n/admin-comments';
import { getEditorMessages } from '@/lib/i18n/admin-editor';
import { getLoginMessages } from '@/lib/i18n/admin-login';
import { getStaffAuditTaxonomyMessages } from '@/lib/i18n/admin-staff-audit-taxonomy';
import { getCommentMessages } from '@/lib/i18n/comment-messages';
import { getMessages } from '@/lib/i18n/messages';
import { fill } from '@/lib/i18n/format';

const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';

/** Every string of a dictionary; functions are called with an Arabic digit (their values are tested below). */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    strings(fn(...Array.from({ length: Math.max(fn.length, 1) }, () => '٣')), `${path}()`, out);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) strings(child, `${path}.${key}`, out);
  }
  return out;
}

/**
 * Latin fragments of an Arabic string that are not isolated: a URL, an address or a file name,
 * whose punctuation the right-to-left sentence would move. A plain Latin word (IP, JPEG) keeps
 * its place; `{placeholders}` are isolated when filled in (fillTemplate).
 */
function unisolated(text: string): string[] {
  const outside = text.replace(/[\u2066\u2068][^\u2069]*\u2069/g, ' ').replace(/\{\w+\}/g, ' ');
  return [...outside.matchAll(/\S*[A-Za-z]\S*/g)]
    .map((m) => m[0])
    .filter((run) => /[:/@.]/.test(run.replace(/^[(«]|[)»،.:]$/g, '')));
}

/** Templates of the Arabic dictionaries that put free text (a name, a title) into a sentence. */
const textTemplates: [string, (value: string) => string][] = [
  ['reader.moreIn', (value) => fill(getMessages('ar').moreIn, { section: value })],
  ['reader.tagTitle', (value) => fill(getMessages('ar').tagTitle, { tag: value })],
  ['reader.authorTitle', (value) => fill(getMessages('ar').authorTitle, { name: value })],
  ['comments.replyingTo', (value) => fill(getCommentMessages('ar').replyingTo, { name: value })],
  ['comments.commentOn', (value) => fill(getCommentMessages('ar').commentOn, { title: value })],
  ['admin.signedInAs', (value) => fill(getAdminMessages('ar').signedInAs, { name: value })],
  ['editor.picker.remove', (value) => fill(getEditorMessages('ar').picker.remove, { title: value })],
  ['editor.workflow.timeZone', (value) => fill(getEditorMessages('ar').workflow.timeZone, { zone: value })],
];

const arabic: Record<string, unknown> = {
  reader: getMessages('ar'),
  comments: getCommentMessages('ar'),
  admin: getAdminMessages('ar'),
  adminComments: getAdminCommentsMessages('ar'),
  adminStaff: getStaffAuditTaxonomyMessages('ar'),
  editor: getEditorMessages('ar'),
  login: getLoginMessages('ar'),
  backup: getBackupMessages('ar'),
};

describe('Latin inside Arabic text', () => {
  it('templates isolate their values in a right-to-left sentence, and only there', () => {
    const ar = getAdminCommentsMessages('ar');
    expect(fill(ar.queue.fields.inReplyToName, { name: 'John Smith' })).toContain(`${FSI}John Smith${PDI}`);
    expect(fill(getStaffAuditTaxonomyMessages('ar').staff.created, { email: 'leila@example.org' })).toContain(
      `${FSI}leila@example.org${PDI}`,
    );
    expect(fill(getAdminCommentsMessages('en').queue.fields.inReplyToName, { name: 'John Smith' })).toBe(
      'In reply to John Smith:',
    );
  });

  it('reader titles and messages isolate names and titles', () => {
    expect(fill(getMessages('ar').authorTitle, { name: 'John Smith' })).toBe(`مقالات ${FSI}John Smith${PDI}`);
    expect(fill(getCommentMessages('ar').replyingTo, { name: 'John' })).toContain(`${FSI}John${PDI}`);
    expect(fill(getEditorMessages('ar').workflow.timeZone, { zone: 'Africa/Casablanca' })).toContain(
      `${LRI}Africa/Casablanca${PDI}`,
    );
  });

  it('every Arabic template of free text isolates the value', () => {
    for (const [name, template] of textTemplates) {
      expect(template('John Smith.'), name).toMatch(/[\u2066\u2068]John Smith\.\u2069/);
    }
  });

  it('no Arabic string leaves a URL, an address, a file name or a value unisolated', () => {
    const faults = Object.entries(arabic).flatMap(([name, dict]) =>
      strings(dict, name).flatMap(([path, text]) => unisolated(text).map((run) => `${path}: ${run}`)),
    );
    expect(faults).toEqual([]);
  });
});
