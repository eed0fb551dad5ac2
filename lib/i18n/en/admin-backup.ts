import type { BackupMessages } from '../admin-backup';

export const en: BackupMessages = {
  title: 'Backup',
  intro:
    'Download the whole site — articles, comments, staff accounts, settings and uploaded images — as one .tar.gz file. The site keeps running while it is made.',
  sensitive:
    'The file contains password hashes and commenters’ email addresses: store it where only administrators can read it.',
  download: 'Download backup',
  restoreHint: 'To restore it into a new, empty data folder or database:',
};
