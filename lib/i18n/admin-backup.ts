import type { Locale } from './config';
import type { Dictionary } from './dictionary';
import { ar } from './ar/admin-backup';
import { en } from './en/admin-backup';
import { fr } from './fr/admin-backup';

/** Strings of the Backup section of /admin/settings. */
export type BackupMessages = {
  title: string;
  intro: string;
  sensitive: string;
  download: string;
  restoreHint: string;
};

const all: Dictionary<BackupMessages> = { en, fr, ar };

export function getBackupMessages(locale: Locale): BackupMessages {
  return all[locale];
}
