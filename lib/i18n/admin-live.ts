import type { RevisionKind } from '../articles/revisions';
import type { Locale } from './config';

type Offline = 'unpublish' | 'archive' | 'trash';

/** Strings for live stories (confirmations, dates), revision labels and diffs, and the phone menu. */
export type LiveMessages = {
  updateLive: string;
  liveNote: string;
  keepsDate: string;
  needsConfirm: string;
  updatedOn: (date: string) => string;
  confirm: Record<Offline, { title: string; body: string; action: string }>;
  cancel: string;
  revisions: {
    number: string;
    when: string;
    author: string;
    kind: string;
    kinds: Record<RevisionKind, string>;
    revertOf: (n: string) => string;
    label: (n: string) => string;
    view: (n: string) => string;
    diffTitle: string;
    diffHint: string;
    noChanges: string;
    unchanged: string;
    fields: { title: string; dek: string; body: string };
    removed: string;
    added: string;
    start: (n: string) => string;
    confirmTitle: (n: string) => string;
    confirmBody: string;
    confirmLive: string;
    confirmAction: (n: string) => string;
    nowLive: string;
  };
  menu: string;
};

const en: LiveMessages = {
  updateLive: 'Update live story',
  liveNote: 'This story is live: readers see what you save at once.',
  keepsDate: 'A published story keeps its date. To take it offline until a later date, unpublish it, then schedule it.',
  needsConfirm: 'This story is live now, so nothing was changed. Check it, then confirm again.',
  updatedOn: (d) => `Updated ${d}`,
  confirm: {
    unpublish: {
      title: 'Take this story offline?',
      body: 'Readers will get “page not found” at its address until it is published again. Its first publication date is kept.',
      action: 'Unpublish',
    },
    archive: {
      title: 'Archive this live story?',
      body: 'It leaves the site for readers at once and goes to the archive.',
      action: 'Archive',
    },
    trash: {
      title: 'Move this live story to the trash?',
      body: 'It leaves the site for readers at once. It can be restored from the trash.',
      action: 'Move to trash',
    },
  },
  cancel: 'Cancel',
  revisions: {
    number: 'Revision',
    when: 'When',
    author: 'By',
    kind: 'Change',
    kinds: {
      create: 'Created',
      save: 'Saved',
      autosave: 'Autosaved',
      revert: 'Restored',
      submit: 'Submitted for review',
      publish: 'Published',
      schedule: 'Scheduled',
      unpublish: 'Unpublished',
      archive: 'Archived',
      trash: 'Moved to the trash',
      untrash: 'Restored from the trash',
    },
    revertOf: (n) => `Restored #${n}`,
    label: (n) => `#${n}`,
    view: (n) => `View revision #${n}`,
    diffTitle: 'What restoring changes',
    diffHint: 'Compared with the current version: struck-through text goes away, underlined text comes back.',
    noChanges: 'Title, standfirst and body are the same as in the current version.',
    unchanged: 'Unchanged',
    fields: { title: 'Title', dek: 'Standfirst', body: 'Body' },
    removed: 'removed:',
    added: 'added:',
    start: (n) => `Restore #${n}…`,
    confirmTitle: (n) => `Restore revision #${n}?`,
    confirmBody: 'It is saved as a new revision: the current version stays in the list.',
    confirmLive: 'This story is live: readers will see these changes as soon as you restore it.',
    confirmAction: (n) => `Yes, restore #${n}`,
    nowLive:
      'This story went live meanwhile: readers would see the change at once. Check the changes and confirm again.',
  },
  menu: 'Menu',
};

const fr: LiveMessages = {
  updateLive: 'Mettre à jour l’article en ligne',
  liveNote: 'Cet article est en ligne : les lecteurs voient aussitôt ce que vous enregistrez.',
  keepsDate:
    'Un article publié garde sa date. Pour le retirer jusqu’à une date ultérieure, dépubliez-le puis programmez-le.',
  needsConfirm: 'Cet article est désormais en ligne, rien n’a donc été modifié. Vérifiez, puis confirmez à nouveau.',
  updatedOn: (d) => `Mis à jour le ${d}`,
  confirm: {
    unpublish: {
      title: 'Retirer cet article du site ?',
      body: 'Les lecteurs verront « page introuvable » à son adresse jusqu’à sa prochaine publication. Sa date de première publication est conservée.',
      action: 'Dépublier',
    },
    archive: {
      title: 'Archiver cet article en ligne ?',
      body: 'Il quitte aussitôt le site et rejoint les archives.',
      action: 'Archiver',
    },
    trash: {
      title: 'Mettre cet article en ligne à la corbeille ?',
      body: 'Il quitte aussitôt le site. Il pourra être restauré depuis la corbeille.',
      action: 'Mettre à la corbeille',
    },
  },
  cancel: 'Annuler',
  revisions: {
    number: 'Révision',
    when: 'Date',
    author: 'Par',
    kind: 'Modification',
    kinds: {
      create: 'Création',
      save: 'Enregistrement',
      autosave: 'Enregistrement automatique',
      revert: 'Restauration',
      submit: 'Soumis pour relecture',
      publish: 'Publication',
      schedule: 'Programmation',
      unpublish: 'Dépublication',
      archive: 'Archivage',
      trash: 'Mise à la corbeille',
      untrash: 'Restauration de la corbeille',
    },
    revertOf: (n) => `Restauration de la n° ${n}`,
    label: (n) => `n° ${n}`,
    view: (n) => `Voir la révision n° ${n}`,
    diffTitle: 'Ce que la restauration change',
    diffHint: 'Par rapport à la version actuelle : le texte barré disparaît, le texte souligné revient.',
    noChanges: 'Le titre, le chapeau et le texte sont identiques à la version actuelle.',
    unchanged: 'Inchangé',
    fields: { title: 'Titre', dek: 'Chapeau', body: 'Texte' },
    removed: 'supprimé :',
    added: 'ajouté :',
    start: (n) => `Restaurer la n° ${n}…`,
    confirmTitle: (n) => `Restaurer la révision n° ${n} ?`,
    confirmBody: 'Elle est enregistrée comme nouvelle révision : la version actuelle reste dans la liste.',
    confirmLive: 'Cet article est en ligne : les lecteurs verront ces changements dès la restauration.',
    confirmAction: (n) => `Oui, restaurer la n° ${n}`,
    nowLive:
      'Cet article a été mis en ligne entre-temps : les lecteurs verraient aussitôt le changement. Vérifiez les changements et confirmez à nouveau.',
  },
  menu: 'Menu',
};

const ar: LiveMessages = {
  updateLive: 'تحديث المقال المنشور',
  liveNote: 'هذا المقال منشور: يرى القراء ما تحفظه فوراً.',
  keepsDate: 'يحتفظ المقال المنشور بتاريخه. لإخفائه حتى تاريخ لاحق، ألغِ نشره ثم جدوله.',
  needsConfirm: 'هذا المقال منشور الآن، لذا لم يتغير شيء. راجعه ثم أكّد من جديد.',
  updatedOn: (d) => `حُدّث في ${d}`,
  confirm: {
    unpublish: {
      title: 'إخفاء هذا المقال عن القراء؟',
      body: 'سيرى القراء «الصفحة غير موجودة» على عنوانه حتى يُنشر من جديد. يُحتفظ بتاريخ نشره الأول.',
      action: 'إلغاء النشر',
    },
    archive: { title: 'أرشفة هذا المقال المنشور؟', body: 'يغادر الموقع فوراً وينتقل إلى الأرشيف.', action: 'أرشفة' },
    trash: {
      title: 'نقل هذا المقال المنشور إلى سلة المهملات؟',
      body: 'يغادر الموقع فوراً. يمكن استعادته من سلة المهملات.',
      action: 'نقل إلى سلة المهملات',
    },
  },
  cancel: 'إلغاء',
  revisions: {
    number: 'النسخة',
    when: 'التاريخ',
    author: 'بواسطة',
    kind: 'التغيير',
    kinds: {
      create: 'إنشاء',
      save: 'حفظ',
      autosave: 'حفظ تلقائي',
      revert: 'استعادة',
      submit: 'إرسال للمراجعة',
      publish: 'نشر',
      schedule: 'جدولة',
      unpublish: 'إلغاء النشر',
      archive: 'أرشفة',
      trash: 'نقل إلى سلة المهملات',
      untrash: 'استعادة من سلة المهملات',
    },
    revertOf: (n) => `استعادة النسخة ${n}`,
    label: (n) => `رقم ${n}`,
    view: (n) => `عرض النسخة ${n}`,
    diffTitle: 'ما تغيّره الاستعادة',
    diffHint: 'مقارنة بالنسخة الحالية: النص المشطوب يُحذف، والنص المسطّر يعود.',
    noChanges: 'العنوان والمقدمة والنص مطابقة للنسخة الحالية.',
    unchanged: 'بلا تغيير',
    fields: { title: 'العنوان', dek: 'المقدمة', body: 'النص' },
    removed: 'محذوف:',
    added: 'مضاف:',
    start: (n) => `استعادة النسخة ${n}…`,
    confirmTitle: (n) => `استعادة النسخة ${n}؟`,
    confirmBody: 'تُحفظ كنسخة جديدة: تبقى النسخة الحالية في القائمة.',
    confirmLive: 'هذا المقال منشور: سيرى القراء هذه التغييرات فور استعادتها.',
    confirmAction: (n) => `نعم، استعد النسخة ${n}`,
    nowLive: 'نُشر هذا المقال في الأثناء: سيرى القراء التغيير فوراً. راجع التغييرات ثم أكّد من جديد.',
  },
  menu: 'القائمة',
};

const all: Record<Locale, LiveMessages> = { en, fr, ar };

export function getLiveMessages(locale: Locale): LiveMessages {
  return all[locale];
}
