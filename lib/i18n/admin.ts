import type { Role } from '../auth/permissions';
import { isolate } from './bidi';
import type { Locale } from './config';

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
    profile: string;
    viewSite: string;
  };
  signedInAs: (name: string) => string;
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

const en: AdminMessages = {
  adminTitle: 'Maydan newsroom',
  skipToContent: 'Skip to content',
  mainNav: 'Newsroom',
  nav: {
    articles: 'Articles',
    newArticle: 'New article',
    comments: 'Comments',
    sections: 'Sections',
    tags: 'Tags',
    staff: 'Staff',
    audit: 'Audit log',
    settings: 'Settings',
    profile: 'Your profile',
    viewSite: 'View site',
  },
  signedInAs: (name) => `Signed in as ${name}`,
  signOut: 'Sign out',
  language: 'Interface language',
  roles: { admin: 'Administrator', editor: 'Editor', author: 'Author', moderator: 'Moderator' },
  statuses: {
    draft: 'Draft',
    pending: 'Pending review',
    scheduled: 'Scheduled',
    published: 'Published',
    archived: 'Archived',
    trash: 'Trash',
  },
  forbiddenTitle: 'Not allowed',
  forbiddenBody: 'Your role does not give access to this page.',
  genericError: 'Something went wrong on our side. Nothing was lost: try again in a moment.',
  saved: 'Saved',
  save: 'Save',
  cancel: 'Cancel',
  apply: 'Apply',
  required: 'Required',
};

const fr: AdminMessages = {
  adminTitle: 'Rédaction Maydan',
  skipToContent: 'Aller au contenu',
  mainNav: 'Rédaction',
  nav: {
    articles: 'Articles',
    newArticle: 'Nouvel article',
    comments: 'Commentaires',
    sections: 'Rubriques',
    tags: 'Mots-clés',
    staff: 'Équipe',
    audit: 'Journal',
    settings: 'Réglages',
    profile: 'Votre profil',
    viewSite: 'Voir le site',
  },
  signedInAs: (name) => `Connecté·e : ${name}`,
  signOut: 'Se déconnecter',
  language: 'Langue de l’interface',
  roles: { admin: 'Administrateur', editor: 'Éditeur', author: 'Auteur', moderator: 'Modérateur' },
  statuses: {
    draft: 'Brouillon',
    pending: 'En relecture',
    scheduled: 'Programmé',
    published: 'Publié',
    archived: 'Archivé',
    trash: 'Corbeille',
  },
  forbiddenTitle: 'Accès refusé',
  forbiddenBody: 'Votre rôle ne donne pas accès à cette page.',
  genericError: 'Un problème est survenu de notre côté. Rien n’a été perdu : réessayez dans un instant.',
  saved: 'Enregistré',
  save: 'Enregistrer',
  cancel: 'Annuler',
  apply: 'Appliquer',
  required: 'Obligatoire',
};

const ar: AdminMessages = {
  adminTitle: 'غرفة أخبار ميدان',
  skipToContent: 'انتقل إلى المحتوى',
  mainNav: 'غرفة الأخبار',
  nav: {
    articles: 'المقالات',
    newArticle: 'مقال جديد',
    comments: 'التعليقات',
    sections: 'الأقسام',
    tags: 'الوسوم',
    staff: 'الفريق',
    audit: 'سجل العمليات',
    settings: 'الإعدادات',
    profile: 'ملفك الشخصي',
    viewSite: 'عرض الموقع',
  },
  signedInAs: (name) => `متصل باسم ${isolate(name)}`,
  signOut: 'تسجيل الخروج',
  language: 'لغة الواجهة',
  roles: { admin: 'مدير', editor: 'محرر', author: 'كاتب', moderator: 'مشرف' },
  statuses: {
    draft: 'مسودة',
    pending: 'بانتظار المراجعة',
    scheduled: 'مجدول',
    published: 'منشور',
    archived: 'مؤرشف',
    trash: 'سلة المهملات',
  },
  forbiddenTitle: 'غير مسموح',
  forbiddenBody: 'دورك لا يتيح الوصول إلى هذه الصفحة.',
  genericError: 'حدث خطأ من جهتنا. لم يضع شيء: حاول مجدداً بعد قليل.',
  saved: 'تم الحفظ',
  save: 'حفظ',
  cancel: 'إلغاء',
  apply: 'تطبيق',
  required: 'إلزامي',
};

const all: Record<Locale, AdminMessages> = { en, fr, ar };

export function getAdminMessages(locale: Locale): AdminMessages {
  return all[locale];
}
