import type { Locale } from './config';

/** Strings of the Backup section of /admin/settings. */
export type BackupMessages = {
  title: string;
  intro: string;
  sensitive: string;
  download: string;
  restoreHint: string;
};

const en: BackupMessages = {
  title: 'Backup',
  intro:
    'Download the whole site — articles, comments, staff accounts, settings and uploaded images — as one .tar.gz file. The site keeps running while it is made.',
  sensitive:
    'The file contains password hashes and commenters’ email addresses: store it where only administrators can read it.',
  download: 'Download backup',
  restoreHint: 'To restore it into a new, empty data folder or database:',
};

const fr: BackupMessages = {
  title: 'Sauvegarde',
  intro:
    'Téléchargez tout le site — articles, commentaires, comptes de l’équipe, réglages et images — en un seul fichier .tar.gz. Le site reste en ligne pendant sa création.',
  sensitive:
    'Le fichier contient les empreintes des mots de passe et les adresses e-mail des commentateurs : conservez-le là où seuls les administrateurs peuvent le lire.',
  download: 'Télécharger la sauvegarde',
  restoreHint: 'Pour la restaurer dans un dossier de données ou une base neufs et vides :',
};

const ar: BackupMessages = {
  title: 'النسخ الاحتياطي',
  intro:
    'نزّل الموقع كاملًا — المقالات والتعليقات وحسابات الفريق والإعدادات والصور المرفوعة — في ملف ⁦.tar.gz⁩ واحد. يبقى الموقع يعمل أثناء إنشائه.',
  sensitive: 'يحتوي الملف على بصمات كلمات المرور وعناوين البريد الإلكتروني للمعلّقين: احفظه حيث لا يقرؤه إلا المديرون.',
  download: 'تنزيل نسخة احتياطية',
  restoreHint: 'لاستعادتها في مجلد بيانات أو قاعدة بيانات جديدة وفارغة:',
};

const all: Record<Locale, BackupMessages> = { en, fr, ar };

export function getBackupMessages(locale: Locale): BackupMessages {
  return all[locale];
}
