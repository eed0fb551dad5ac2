import type { Role } from '../auth/permissions';
import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin';
import { en } from './en/admin';
import { fr } from './fr/admin';

/** Strings of the admin shell shared by every screen. Screen-specific strings live beside them. */
export type AdminMessages = {
  adminTitle: string;
  skipToContent: string;
  mainNav: string;
  nav: {
    articles: string;
    newArticle: string;
    comments: string;
    sections: string;
    tags: string;
    staff: string;
    audit: string;
    settings: string;
    pages: string;
    menus: string;
    breaking: string;
    profile: string;
    viewSite: string;
  };
  signedInAs: string;
  signOut: string;
  language: string;
  roles: Record<Role, string>;
  statuses: Record<'draft' | 'pending' | 'scheduled' | 'published' | 'archived' | 'trash', string>;
  forbiddenTitle: string;
  forbiddenBody: string;
  genericError: string;
  saved: string;
  save: string;
  cancel: string;
  apply: string;
  required: string;
};

const all: Dictionary<AdminMessages> = { en, fr, ar };

export function getAdminMessages(locale: Locale): AdminMessages {
  return all[locale];
}
