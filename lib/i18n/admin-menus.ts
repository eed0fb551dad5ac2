import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-menus';
import { en } from './en/admin-menus';
import { fr } from './fr/admin-menus';

/** The static pages list (/admin/pages) and the menus screen (/admin/menus). */
export type AdminMenusMessages = {
  pages: {
    intro: string;
    empty: string;
    newPage: string;
  };
  menus: {
    title: string;
    intro: string;
    languages: string;
    header: string;
    headerHint: string;
    footer: string;
    footerHint: string;
    empty: string;
    offline: string;
    moveUp: string;
    moveDown: string;
    remove: string;
    /** `{label}`: the link's name, so each button says which link it acts on. */
    itemActions: string;
    targets: { section: string; page: string; tag: string; link: string };
    add: {
      title: string;
      menu: string;
      target: string;
      section: string;
      page: string;
      pageOffline: string;
      tag: string;
      tagHint: string;
      url: string;
      urlHint: string;
      label: string;
      labelHint: string;
      submit: string;
      added: string;
    };
    removed: string;
    moved: string;
    errors: {
      fix: string;
      forbidden: string;
      notFound: string;
      sectionRequired: string;
      pageRequired: string;
      tagRequired: string;
      tagNotFound: string;
      urlRequired: string;
      urlInvalid: string;
      labelRequired: string;
      /** `{max}`. */
      labelTooLong: string;
      /** `{max}`. */
      full: string;
      invalid: string;
    };
  };
};

const all: Dictionary<AdminMenusMessages> = { en, fr, ar };

export function getAdminMenusMessages(locale: Locale): AdminMenusMessages {
  return all[locale];
}
