import type { AuditAction } from '../audit/kinds';
import { adminStaffAr } from './admin-staff-ar';
import { adminStaffEn } from './admin-staff-en';
import { adminStaffFr } from './admin-staff-fr';
import { fillTemplate } from './bidi';
import type { Locale } from './config';
import type { PluralForms } from './messages';

/** Entity kinds the audit log records (recordAudit's entityType). */
export type AuditEntity = 'user' | 'article' | 'section' | 'tag' | 'setting' | 'comment';

/**
 * Every string of the staff, audit, sections and tags screens. Plain strings only (templates
 * use `{name}` placeholders, see `fill`) so they can be handed to client components.
 * A locale missing a key fails the type check.
 */
export type StaffScreensMessages = {
  common: {
    forbidden: string;
    signedOut: string;
    notFound: string;
    working: string;
    fieldErrors: { required: string; tooLong: string; invalid: string; taken: string };
    pagination: string;
    previous: string;
    next: string;
    pageOf: string;
    articleCount: PluralForms;
  };
  staff: {
    title: string;
    listCaption: string;
    columns: { name: string; email: string; role: string; status: string; actions: string };
    active: string;
    disabled: string;
    you: string;
    createTitle: string;
    email: string;
    name: string;
    role: string;
    password: string;
    passwordHint: string;
    language: string;
    create: string;
    created: string;
    generatedPassword: string;
    roleLabel: string;
    changeRole: string;
    roleChanged: string;
    disable: string;
    enable: string;
    disabledDone: string;
    enabledDone: string;
    newPasswordLabel: string;
    newPasswordPlaceholder: string;
    resetPassword: string;
    resetDone: string;
    errors: {
      emailInvalid: string;
      emailTaken: string;
      nameRequired: string;
      passwordShort: string;
      passwordLong: string;
      lastAdmin: string;
      self: string;
    };
  };
  audit: {
    title: string;
    caption: string;
    filters: string;
    action: string;
    actor: string;
    anyAction: string;
    anyActor: string;
    filter: string;
    clear: string;
    columns: { time: string; actor: string; action: string; entity: string; details: string };
    system: string;
    empty: string;
    showing: string;
    actions: Record<AuditAction, string>;
    entities: Record<AuditEntity, string>;
  };
  sections: {
    title: string;
    intro: string;
    createTitle: string;
    editLegend: string;
    name: string;
    slug: string;
    slugHint: string;
    position: string;
    positionHint: string;
    create: string;
    save: string;
    created: string;
    saved: string;
    empty: string;
    notTranslated: string;
    errors: { atLeastOne: string; slugTaken: string; slugInvalid: string; cannotRemove: string; nameMissing: string };
  };
  tags: {
    title: string;
    intro: string;
    languages: string;
    createTitle: string;
    language: string;
    name: string;
    slug: string;
    slugHint: string;
    create: string;
    created: string;
    listCaption: string;
    columns: { select: string; name: string; slug: string; articles: string; actions: string };
    selectTag: string;
    renameName: string;
    renameSlug: string;
    rename: string;
    renamed: string;
    search: string;
    searchLabel: string;
    empty: string;
    mergeTitle: string;
    mergeHint: string;
    mergeTarget: string;
    chooseTarget: string;
    merge: string;
    merged: string;
    errors: {
      nameTaken: string;
      slugTaken: string;
      nameInvalid: string;
      noSources: string;
      targetRequired: string;
      targetInSources: string;
      mixedLocales: string;
    };
  };
};

const all: Record<Locale, StaffScreensMessages> = { en: adminStaffEn, fr: adminStaffFr, ar: adminStaffAr };

export function getStaffScreensMessages(locale: Locale): StaffScreensMessages {
  return all[locale];
}

/** Puts values where `{key}` stands in a message template (isolated in a right-to-left sentence). */
export const fill = fillTemplate;
