import type { ArticleErrorCode, ArticleField } from '../articles/input';
import type { Transition } from '../auth/permissions';
import { isolate, isolateLtr } from './bidi';
import type { Locale } from './config';

export type UploadErrorCode =
  'forbidden' | 'too-large' | 'too-many-pixels' | 'not-an-image' | 'unsupported-format' | 'alt-required' | 'empty';

/** Every string of the article screens (list, editor, revisions, preview). A missing key fails the type check. */
export type EditorMessages = {
  list: {
    title: string;
    statusTabs: string;
    all: string;
    filters: string;
    language: string;
    anyLanguage: string;
    section: string;
    anySection: string;
    author: string;
    anyAuthor: string;
    search: string;
    sort: string;
    sortUpdated: string;
    sortPublished: string;
    sortTitle: string;
    reset: string;
    columns: {
      title: string;
      status: string;
      language: string;
      section: string;
      author: string;
      updated: string;
      published: string;
    };
    empty: string;
    count: (n: string) => string;
    pagination: string;
    previous: string;
    next: string;
    pageOf: (page: string, total: string) => string;
    preview: string;
  };
  editor: {
    newTitle: string;
    editTitle: string;
    fields: string;
    title: string;
    slug: string;
    slugHint: string;
    dek: string;
    body: string;
    section: string;
    noSection: string;
    tags: string;
    tagsHint: string;
    language: string;
    languageLocked: string;
    translationOf: string;
    translationHint: string;
    linkedTranslations: string;
    related: string;
    relatedHint: string;
    seo: string;
    seoTitle: string;
    seoDescription: string;
    commentsOpen: string;
    status: string;
    scheduledFor: (date: string) => string;
    publishedOn: (date: string) => string;
    preview: string;
    revisions: string;
    viewLive: string;
    readOnly: string;
    inTrash: string;
    leaveConfirm: string;
    unsaved: string;
    saving: string;
    savedAt: (time: string) => string;
    autosavedAt: (time: string) => string;
    autosaveSkipped: string;
  };
  image: {
    featured: string;
    file: string;
    alt: string;
    altHint: string;
    hint: string;
    upload: string;
    uploading: string;
    remove: string;
    current: string;
    insert: string;
    insertTitle: string;
    caption: string;
    captionHint: string;
    credit: string;
    creditHint: string;
    editTitle: string;
    apply: string;
    errors: Record<UploadErrorCode, string>;
  };
  picker: {
    search: string;
    results: string;
    noResults: string;
    add: string;
    remove: (title: string) => string;
    limit: (n: string) => string;
  };
  toolbar: {
    label: string;
    heading2: string;
    heading3: string;
    bold: string;
    italic: string;
    bulletList: string;
    orderedList: string;
    blockquote: string;
    link: string;
    image: string;
    undo: string;
    redo: string;
    linkUrl: string;
    linkApply: string;
    linkRemove: string;
    linkInvalid: string;
  };
  workflow: {
    label: string;
    saveDraft: string;
    save: string;
    submit: string;
    publish: string;
    schedule: string;
    scheduleAt: string;
    timeZone: (zone: string) => string;
    scheduleInvalid: string;
    unpublish: string;
    archive: string;
    trash: string;
    restore: string;
    done: Record<Transition, string>;
  };
  errors: {
    summary: string;
    forbidden: string;
    signedOut: string;
    notFound: string;
    transitionConflict: string;
    field: Record<ArticleErrorCode, string>;
    titleRequired: string;
    slugTaken: string;
    slugInvalid: string;
    translationTaken: string;
    translationInvalid: string;
    relatedInvalid: string;
    tagsInvalid: string;
  };
  conflict: {
    title: string;
    body: string;
    mine: string;
    theirs: (version: string) => string;
    keepMine: string;
    takeTheirs: string;
  };
  revisions: {
    title: string;
    back: string;
    empty: string;
    version: string;
    author: string;
    time: string;
    kind: string;
    autosave: string;
    manual: string;
    view: string;
    viewing: (version: string) => string;
    restore: string;
    restoreHint: string;
    restored: string;
    conflict: string;
    failed: string;
    unknownAuthor: string;
  };
  preview: { banner: string; status: string };
};

const en: EditorMessages = {
  list: {
    title: 'Articles',
    statusTabs: 'Status',
    all: 'All',
    filters: 'Filters',
    language: 'Language',
    anyLanguage: 'All languages',
    section: 'Section',
    anySection: 'All sections',
    author: 'Author',
    anyAuthor: 'All authors',
    search: 'Search',
    sort: 'Sort by',
    sortUpdated: 'Last updated',
    sortPublished: 'Publication date',
    sortTitle: 'Title',
    reset: 'Reset',
    columns: {
      title: 'Title',
      status: 'Status',
      language: 'Language',
      section: 'Section',
      author: 'Author',
      updated: 'Updated',
      published: 'Published',
    },
    empty: 'No articles match these filters.',
    count: (n) => `${n} articles`,
    pagination: 'Pages',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page, total) => `Page ${page} of ${total}`,
    preview: 'Preview',
  },
  editor: {
    newTitle: 'New article',
    editTitle: 'Edit article',
    fields: 'Article',
    title: 'Title',
    slug: 'Slug (web address)',
    slugHint: 'Letters in any script, digits and hyphens. Filled from the title until you edit it.',
    dek: 'Standfirst',
    body: 'Body',
    section: 'Section',
    noSection: 'No section',
    tags: 'Tags',
    tagsHint: 'Separate tags with commas. New tags are created.',
    language: 'Language',
    languageLocked: 'The language is fixed once the article exists.',
    translationOf: 'Translation of',
    translationHint: 'Link this article to the same story in another language.',
    linkedTranslations: 'Linked translations',
    related: 'Related articles',
    relatedHint: 'Up to 8 articles in the same language, shown first under “Check also”.',
    seo: 'Search engines',
    seoTitle: 'SEO title',
    seoDescription: 'SEO description',
    commentsOpen: 'Comments open',
    status: 'Status',
    scheduledFor: (d) => `Scheduled for ${d}`,
    publishedOn: (d) => `Published ${d}`,
    preview: 'Preview',
    revisions: 'Revisions',
    viewLive: 'View on site',
    readOnly: 'You can no longer change this article: an editor handles it from here.',
    inTrash: 'This article is in the trash.',
    leaveConfirm: 'You have unsaved changes. Leave this page anyway?',
    unsaved: 'Unsaved changes',
    saving: 'Saving…',
    savedAt: (t) => `Saved at ${t}`,
    autosavedAt: (t) => `Autosaved at ${t}`,
    autosaveSkipped: 'Not autosaved: some fields need attention.',
  },
  image: {
    featured: 'Featured image',
    file: 'Image file',
    alt: 'Alternative text',
    altHint: 'Required: describe the image for people who cannot see it.',
    hint: 'JPEG, PNG, WebP or AVIF, up to 10 MB.',
    upload: 'Upload',
    uploading: 'Uploading…',
    remove: 'Remove image',
    current: 'Current featured image',
    insert: 'Insert',
    insertTitle: 'Insert an image',
    caption: 'Caption',
    captionHint: 'Optional: what the photo shows, shown under it.',
    credit: 'Credit',
    creditHint: 'Who took or supplied the photo, e.g. “Layla Haddad / AFP”.',
    editTitle: 'Selected image',
    apply: 'Apply',
    errors: {
      forbidden: 'You are not allowed to upload images.',
      'too-large': 'This file is larger than 10 MB.',
      'too-many-pixels': 'This image has too many pixels: at most 50 megapixels (for example 8,660 × 5,770).',
      'not-an-image': 'This file is not a readable image.',
      'unsupported-format': 'Only JPEG, PNG, WebP and AVIF images are accepted.',
      'alt-required': 'Describe the image in the alternative text.',
      empty: 'Choose an image file first.',
    },
  },
  picker: {
    search: 'Search articles',
    results: 'Matching articles',
    noResults: 'No matching articles.',
    add: 'Add',
    remove: (t) => `Remove “${t}”`,
    limit: (n) => `At most ${n}.`,
  },
  toolbar: {
    label: 'Formatting',
    heading2: 'Heading',
    heading3: 'Subheading',
    bold: 'Bold',
    italic: 'Italic',
    bulletList: 'Bulleted list',
    orderedList: 'Numbered list',
    blockquote: 'Quote',
    link: 'Link',
    image: 'Image',
    undo: 'Undo',
    redo: 'Redo',
    linkUrl: 'Link address',
    linkApply: 'Apply link',
    linkRemove: 'Remove link',
    linkInvalid: 'Use an http, https or mailto address.',
  },
  workflow: {
    label: 'Workflow',
    saveDraft: 'Save draft',
    save: 'Save changes',
    submit: 'Submit for review',
    publish: 'Publish now',
    schedule: 'Schedule',
    scheduleAt: 'Publication date and time',
    timeZone: (z) => `Time zone: ${z}`,
    scheduleInvalid: 'Choose a date and time in the future.',
    unpublish: 'Unpublish',
    archive: 'Archive',
    trash: 'Move to trash',
    restore: 'Restore from trash',
    done: {
      submit: 'Submitted for review.',
      publish: 'Published.',
      schedule: 'Scheduled.',
      unpublish: 'Unpublished: back to draft.',
      archive: 'Archived.',
      trash: 'Moved to the trash.',
      restore: 'Restored from the trash.',
    },
  },
  errors: {
    summary: 'Nothing was saved: some fields need attention.',
    forbidden: 'Your role does not allow this.',
    signedOut: 'Your session has ended. Sign in again in another tab, then retry: nothing typed here is lost.',
    notFound: 'This article no longer exists.',
    transitionConflict: 'Someone else changed this article meanwhile. Reload the page to see their version.',
    field: {
      required: 'This field is required.',
      'too-long': 'This is too long.',
      invalid: 'This value is not valid.',
      taken: 'This value is already used.',
      locked: 'This cannot be changed.',
    },
    titleRequired: 'Give the article a title.',
    slugTaken: 'Another article in this language already uses this slug. Choose a different one.',
    slugInvalid: 'Use letters, digits and hyphens only.',
    translationTaken: 'That story already has a version in this language.',
    translationInvalid: 'Choose an article in another language.',
    relatedInvalid: 'Choose up to 8 articles in the same language.',
    tagsInvalid: 'Each tag needs at least one letter or digit (up to 20 tags).',
  },
  conflict: {
    title: 'Someone else saved this article',
    body: 'Your changes are not saved yet. Compare both versions and choose which one to keep.',
    mine: 'Your version',
    theirs: (v) => `Their version (version ${v})`,
    keepMine: 'Keep mine (overwrite theirs)',
    takeTheirs: 'Take theirs (discard mine)',
  },
  revisions: {
    title: 'Revisions',
    back: 'Back to the editor',
    empty: 'No revisions yet.',
    version: 'Version',
    author: 'By',
    time: 'Saved',
    kind: 'Kind',
    autosave: 'Autosave',
    manual: 'Save',
    view: 'View',
    viewing: (v) => `Version ${v}`,
    restore: 'Restore this version',
    restoreHint: 'Restoring saves this content as a new version: nothing is lost.',
    restored: 'The version was restored.',
    conflict: 'The article changed since you opened this page. Reload and try again.',
    failed: 'This version could not be restored.',
    unknownAuthor: 'Unknown',
  },
  preview: {
    banner: 'Preview: this is how readers will see the article. It is not public unless it is published.',
    status: 'Status',
  },
};

const fr: EditorMessages = {
  list: {
    title: 'Articles',
    statusTabs: 'Statut',
    all: 'Tous',
    filters: 'Filtres',
    language: 'Langue',
    anyLanguage: 'Toutes les langues',
    section: 'Rubrique',
    anySection: 'Toutes les rubriques',
    author: 'Auteur',
    anyAuthor: 'Tous les auteurs',
    search: 'Rechercher',
    sort: 'Trier par',
    sortUpdated: 'Dernière modification',
    sortPublished: 'Date de publication',
    sortTitle: 'Titre',
    reset: 'Réinitialiser',
    columns: {
      title: 'Titre',
      status: 'Statut',
      language: 'Langue',
      section: 'Rubrique',
      author: 'Auteur',
      updated: 'Modifié',
      published: 'Publié',
    },
    empty: 'Aucun article ne correspond à ces filtres.',
    count: (n) => `${n} articles`,
    pagination: 'Pages',
    previous: 'Précédente',
    next: 'Suivante',
    pageOf: (page, total) => `Page ${page} sur ${total}`,
    preview: 'Aperçu',
  },
  editor: {
    newTitle: 'Nouvel article',
    editTitle: 'Modifier l’article',
    fields: 'Article',
    title: 'Titre',
    slug: 'Slug (adresse web)',
    slugHint: 'Lettres de tout alphabet, chiffres et tirets. Rempli depuis le titre tant que vous ne le modifiez pas.',
    dek: 'Chapeau',
    body: 'Texte',
    section: 'Rubrique',
    noSection: 'Aucune rubrique',
    tags: 'Mots-clés',
    tagsHint: 'Séparez les mots-clés par des virgules. Les nouveaux sont créés.',
    language: 'Langue',
    languageLocked: 'La langue ne peut plus changer une fois l’article créé.',
    translationOf: 'Traduction de',
    translationHint: 'Reliez cet article au même sujet dans une autre langue.',
    linkedTranslations: 'Traductions liées',
    related: 'Articles liés',
    relatedHint: 'Jusqu’à 8 articles de la même langue, montrés en premier sous « À lire aussi ».',
    seo: 'Moteurs de recherche',
    seoTitle: 'Titre SEO',
    seoDescription: 'Description SEO',
    commentsOpen: 'Commentaires ouverts',
    status: 'Statut',
    scheduledFor: (d) => `Programmé pour le ${d}`,
    publishedOn: (d) => `Publié le ${d}`,
    preview: 'Aperçu',
    revisions: 'Révisions',
    viewLive: 'Voir sur le site',
    readOnly: 'Vous ne pouvez plus modifier cet article : un éditeur s’en charge désormais.',
    inTrash: 'Cet article est dans la corbeille.',
    leaveConfirm: 'Des modifications ne sont pas enregistrées. Quitter quand même ?',
    unsaved: 'Modifications non enregistrées',
    saving: 'Enregistrement…',
    savedAt: (t) => `Enregistré à ${t}`,
    autosavedAt: (t) => `Enregistré automatiquement à ${t}`,
    autosaveSkipped: 'Pas d’enregistrement automatique : certains champs sont à corriger.',
  },
  image: {
    featured: 'Image principale',
    file: 'Fichier image',
    alt: 'Texte alternatif',
    altHint: 'Obligatoire : décrivez l’image pour les personnes qui ne la voient pas.',
    hint: 'JPEG, PNG, WebP ou AVIF, 10 Mo au plus.',
    upload: 'Téléverser',
    uploading: 'Téléversement…',
    remove: 'Retirer l’image',
    current: 'Image principale actuelle',
    insert: 'Insérer',
    insertTitle: 'Insérer une image',
    caption: 'Légende',
    captionHint: 'Facultatif : ce que montre la photo, affiché dessous.',
    credit: 'Crédit',
    creditHint: 'Qui a pris ou fourni la photo, par exemple « Layla Haddad / AFP ».',
    editTitle: 'Image sélectionnée',
    apply: 'Appliquer',
    errors: {
      forbidden: 'Vous n’avez pas le droit de téléverser des images.',
      'too-large': 'Ce fichier dépasse 10 Mo.',
      'too-many-pixels': 'Cette image a trop de pixels : 50 mégapixels au plus (par exemple 8 660 × 5 770).',
      'not-an-image': 'Ce fichier n’est pas une image lisible.',
      'unsupported-format': 'Seules les images JPEG, PNG, WebP et AVIF sont acceptées.',
      'alt-required': 'Décrivez l’image dans le texte alternatif.',
      empty: 'Choisissez d’abord un fichier image.',
    },
  },
  picker: {
    search: 'Rechercher des articles',
    results: 'Articles trouvés',
    noResults: 'Aucun article trouvé.',
    add: 'Ajouter',
    remove: (t) => `Retirer « ${t} »`,
    limit: (n) => `${n} au plus.`,
  },
  toolbar: {
    label: 'Mise en forme',
    heading2: 'Intertitre',
    heading3: 'Sous-intertitre',
    bold: 'Gras',
    italic: 'Italique',
    bulletList: 'Liste à puces',
    orderedList: 'Liste numérotée',
    blockquote: 'Citation',
    link: 'Lien',
    image: 'Image',
    undo: 'Annuler',
    redo: 'Rétablir',
    linkUrl: 'Adresse du lien',
    linkApply: 'Appliquer le lien',
    linkRemove: 'Retirer le lien',
    linkInvalid: 'Utilisez une adresse http, https ou mailto.',
  },
  workflow: {
    label: 'Circuit de publication',
    saveDraft: 'Enregistrer le brouillon',
    save: 'Enregistrer',
    submit: 'Soumettre pour relecture',
    publish: 'Publier maintenant',
    schedule: 'Programmer',
    scheduleAt: 'Date et heure de publication',
    timeZone: (z) => `Fuseau horaire : ${z}`,
    scheduleInvalid: 'Choisissez une date et une heure à venir.',
    unpublish: 'Dépublier',
    archive: 'Archiver',
    trash: 'Mettre à la corbeille',
    restore: 'Restaurer de la corbeille',
    done: {
      submit: 'Soumis pour relecture.',
      publish: 'Publié.',
      schedule: 'Programmé.',
      unpublish: 'Dépublié : retour au brouillon.',
      archive: 'Archivé.',
      trash: 'Mis à la corbeille.',
      restore: 'Restauré de la corbeille.',
    },
  },
  errors: {
    summary: 'Rien n’a été enregistré : certains champs sont à corriger.',
    forbidden: 'Votre rôle ne le permet pas.',
    signedOut:
      'Votre session a expiré. Reconnectez-vous dans un autre onglet puis réessayez : rien de ce que vous avez saisi n’est perdu.',
    notFound: 'Cet article n’existe plus.',
    transitionConflict: 'Quelqu’un d’autre a modifié cet article entre-temps. Rechargez la page pour voir sa version.',
    field: {
      required: 'Ce champ est obligatoire.',
      'too-long': 'C’est trop long.',
      invalid: 'Cette valeur n’est pas valide.',
      taken: 'Cette valeur est déjà utilisée.',
      locked: 'Ceci ne peut pas être modifié.',
    },
    titleRequired: 'Donnez un titre à l’article.',
    slugTaken: 'Un autre article dans cette langue utilise déjà ce slug. Choisissez-en un autre.',
    slugInvalid: 'Utilisez seulement des lettres, des chiffres et des tirets.',
    translationTaken: 'Ce sujet a déjà une version dans cette langue.',
    translationInvalid: 'Choisissez un article dans une autre langue.',
    relatedInvalid: 'Choisissez jusqu’à 8 articles de la même langue.',
    tagsInvalid: 'Chaque mot-clé doit contenir une lettre ou un chiffre (20 mots-clés au plus).',
  },
  conflict: {
    title: 'Quelqu’un d’autre a enregistré cet article',
    body: 'Vos modifications ne sont pas encore enregistrées. Comparez les deux versions et choisissez celle à garder.',
    mine: 'Votre version',
    theirs: (v) => `Sa version (version ${v})`,
    keepMine: 'Garder la mienne (écraser la sienne)',
    takeTheirs: 'Prendre la sienne (abandonner la mienne)',
  },
  revisions: {
    title: 'Révisions',
    back: 'Retour à l’éditeur',
    empty: 'Aucune révision pour l’instant.',
    version: 'Version',
    author: 'Par',
    time: 'Enregistrée',
    kind: 'Type',
    autosave: 'Automatique',
    manual: 'Manuelle',
    view: 'Voir',
    viewing: (v) => `Version ${v}`,
    restore: 'Restaurer cette version',
    restoreHint: 'La restauration enregistre ce contenu comme nouvelle version : rien n’est perdu.',
    restored: 'La version a été restaurée.',
    conflict: 'L’article a changé depuis l’ouverture de cette page. Rechargez et réessayez.',
    failed: 'Cette version n’a pas pu être restaurée.',
    unknownAuthor: 'Inconnu',
  },
  preview: {
    banner: 'Aperçu : voici l’article tel que les lecteurs le verront. Il n’est public qu’une fois publié.',
    status: 'Statut',
  },
};

const ar: EditorMessages = {
  list: {
    title: 'المقالات',
    statusTabs: 'الحالة',
    all: 'الكل',
    filters: 'عوامل التصفية',
    language: 'اللغة',
    anyLanguage: 'كل اللغات',
    section: 'القسم',
    anySection: 'كل الأقسام',
    author: 'الكاتب',
    anyAuthor: 'كل الكتّاب',
    search: 'بحث',
    sort: 'الترتيب حسب',
    sortUpdated: 'آخر تعديل',
    sortPublished: 'تاريخ النشر',
    sortTitle: 'العنوان',
    reset: 'إعادة الضبط',
    columns: {
      title: 'العنوان',
      status: 'الحالة',
      language: 'اللغة',
      section: 'القسم',
      author: 'الكاتب',
      updated: 'عُدّل',
      published: 'نُشر',
    },
    empty: 'لا توجد مقالات تطابق عوامل التصفية هذه.',
    count: (n) => `عدد المقالات: ${n}`,
    pagination: 'الصفحات',
    previous: 'السابقة',
    next: 'التالية',
    pageOf: (page, total) => `الصفحة ${page} من ${total}`,
    preview: 'معاينة',
  },
  editor: {
    newTitle: 'مقال جديد',
    editTitle: 'تحرير المقال',
    fields: 'المقال',
    title: 'العنوان',
    slug: 'المعرّف (عنوان الصفحة)',
    slugHint: 'حروف بأي أبجدية وأرقام وشرطات. يُملأ من العنوان إلى أن تعدّله بنفسك.',
    dek: 'المقدمة',
    body: 'النص',
    section: 'القسم',
    noSection: 'بلا قسم',
    tags: 'الوسوم',
    tagsHint: 'افصل بين الوسوم بفواصل. تُنشأ الوسوم الجديدة تلقائياً.',
    language: 'اللغة',
    languageLocked: 'لا يمكن تغيير اللغة بعد إنشاء المقال.',
    translationOf: 'ترجمة لـ',
    translationHint: 'اربط هذا المقال بالقصة نفسها بلغة أخرى.',
    linkedTranslations: 'الترجمات المرتبطة',
    related: 'مقالات ذات صلة',
    relatedHint: 'حتى 8 مقالات باللغة نفسها، تظهر أولاً تحت «شاهد أيضاً».',
    seo: 'محركات البحث',
    seoTitle: 'عنوان محركات البحث',
    seoDescription: 'وصف محركات البحث',
    commentsOpen: 'التعليقات مفتوحة',
    status: 'الحالة',
    scheduledFor: (d) => `مجدول للنشر في ${d}`,
    publishedOn: (d) => `نُشر في ${d}`,
    preview: 'معاينة',
    revisions: 'النسخ السابقة',
    viewLive: 'عرض في الموقع',
    readOnly: 'لم يعد بإمكانك تعديل هذا المقال: يتولاه محرر من الآن.',
    inTrash: 'هذا المقال في سلة المهملات.',
    leaveConfirm: 'لديك تغييرات غير محفوظة. هل تغادر الصفحة رغم ذلك؟',
    unsaved: 'تغييرات غير محفوظة',
    saving: 'جارٍ الحفظ…',
    savedAt: (t) => `حُفظ في ${t}`,
    autosavedAt: (t) => `حُفظ تلقائياً في ${t}`,
    autosaveSkipped: 'لم يُحفظ تلقائياً: بعض الحقول تحتاج إلى تصحيح.',
  },
  image: {
    featured: 'الصورة الرئيسية',
    file: 'ملف الصورة',
    alt: 'النص البديل',
    altHint: 'إلزامي: صف الصورة لمن لا يستطيع رؤيتها.',
    hint: 'JPEG أو PNG أو WebP أو AVIF، بحد أقصى 10 ميغابايت.',
    upload: 'رفع',
    uploading: 'جارٍ الرفع…',
    remove: 'إزالة الصورة',
    current: 'الصورة الرئيسية الحالية',
    insert: 'إدراج',
    insertTitle: 'إدراج صورة',
    caption: 'شرح الصورة',
    captionHint: 'اختياري: ما تُظهره الصورة، ويظهر تحتها.',
    credit: 'حقوق الصورة',
    creditHint: 'من التقط الصورة أو قدّمها، مثلاً «ليلى حداد / أ ف ب».',
    editTitle: 'الصورة المحددة',
    apply: 'تطبيق',
    errors: {
      forbidden: 'لا يحق لك رفع الصور.',
      'too-large': 'حجم هذا الملف يتجاوز 10 ميغابايت.',
      'too-many-pixels': 'عدد بكسلات هذه الصورة كبير جدًا: 50 ميغابكسل على الأكثر (مثلًا 8660 × 5770).',
      'not-an-image': 'هذا الملف ليس صورة قابلة للقراءة.',
      'unsupported-format': 'تُقبل صور JPEG وPNG وWebP وAVIF فقط.',
      'alt-required': 'صف الصورة في النص البديل.',
      empty: 'اختر ملف صورة أولاً.',
    },
  },
  picker: {
    search: 'ابحث في المقالات',
    results: 'المقالات المطابقة',
    noResults: 'لا توجد مقالات مطابقة.',
    add: 'إضافة',
    remove: (t) => `إزالة «${isolate(t)}»`,
    limit: (n) => `${n} كحد أقصى.`,
  },
  toolbar: {
    label: 'التنسيق',
    heading2: 'عنوان فرعي',
    heading3: 'عنوان فرعي ثانٍ',
    bold: 'غامق',
    italic: 'مائل',
    bulletList: 'قائمة نقطية',
    orderedList: 'قائمة مرقمة',
    blockquote: 'اقتباس',
    link: 'رابط',
    image: 'صورة',
    undo: 'تراجع',
    redo: 'إعادة',
    linkUrl: 'عنوان الرابط',
    linkApply: 'تطبيق الرابط',
    linkRemove: 'إزالة الرابط',
    linkInvalid: 'استخدم عنواناً يبدأ بـ ⁦http⁩ أو ⁦https⁩ أو ⁦mailto⁩.',
  },
  workflow: {
    label: 'مسار النشر',
    saveDraft: 'حفظ المسودة',
    save: 'حفظ التغييرات',
    submit: 'إرسال للمراجعة',
    publish: 'نشر الآن',
    schedule: 'جدولة',
    scheduleAt: 'تاريخ النشر ووقته',
    timeZone: (z) => `المنطقة الزمنية: ${isolateLtr(z)}`,
    scheduleInvalid: 'اختر تاريخاً ووقتاً في المستقبل.',
    unpublish: 'إلغاء النشر',
    archive: 'أرشفة',
    trash: 'نقل إلى سلة المهملات',
    restore: 'استعادة من سلة المهملات',
    done: {
      submit: 'أُرسل للمراجعة.',
      publish: 'نُشر.',
      schedule: 'جُدول.',
      unpublish: 'أُلغي النشر: عاد مسودة.',
      archive: 'أُرشف.',
      trash: 'نُقل إلى سلة المهملات.',
      restore: 'استُعيد من سلة المهملات.',
    },
  },
  errors: {
    summary: 'لم يُحفظ شيء: بعض الحقول تحتاج إلى تصحيح.',
    forbidden: 'دورك لا يسمح بذلك.',
    signedOut: 'انتهت جلستك. سجّل الدخول مجدداً في علامة تبويب أخرى ثم أعد المحاولة: لم يضع شيء مما كتبته هنا.',
    notFound: 'هذا المقال لم يعد موجوداً.',
    transitionConflict: 'عدّل شخص آخر هذا المقال في الأثناء. أعد تحميل الصفحة لرؤية نسخته.',
    field: {
      required: 'هذا الحقل إلزامي.',
      'too-long': 'النص طويل جداً.',
      invalid: 'هذه القيمة غير صالحة.',
      taken: 'هذه القيمة مستخدمة من قبل.',
      locked: 'لا يمكن تغيير هذا.',
    },
    titleRequired: 'أعطِ المقال عنواناً.',
    slugTaken: 'مقال آخر بهذه اللغة يستخدم هذا المعرّف. اختر معرّفاً آخر.',
    slugInvalid: 'استخدم الحروف والأرقام والشرطات فقط.',
    translationTaken: 'لهذه القصة نسخة بهذه اللغة من قبل.',
    translationInvalid: 'اختر مقالاً بلغة أخرى.',
    relatedInvalid: 'اختر حتى 8 مقالات باللغة نفسها.',
    tagsInvalid: 'يجب أن يحتوي كل وسم على حرف أو رقم (20 وسماً كحد أقصى).',
  },
  conflict: {
    title: 'حفظ شخص آخر هذا المقال',
    body: 'تغييراتك لم تُحفظ بعد. قارن بين النسختين واختر ما تريد الإبقاء عليه.',
    mine: 'نسختك',
    theirs: (v) => `نسختهم (النسخة ${v})`,
    keepMine: 'الإبقاء على نسختي (استبدال نسختهم)',
    takeTheirs: 'اعتماد نسختهم (التخلي عن نسختي)',
  },
  revisions: {
    title: 'النسخ السابقة',
    back: 'العودة إلى المحرر',
    empty: 'لا توجد نسخ بعد.',
    version: 'النسخة',
    author: 'بواسطة',
    time: 'حُفظت',
    kind: 'النوع',
    autosave: 'حفظ تلقائي',
    manual: 'حفظ يدوي',
    view: 'عرض',
    viewing: (v) => `النسخة ${v}`,
    restore: 'استعادة هذه النسخة',
    restoreHint: 'الاستعادة تحفظ هذا المحتوى كنسخة جديدة: لا يضيع شيء.',
    restored: 'استُعيدت النسخة.',
    conflict: 'تغيّر المقال منذ فتحت هذه الصفحة. أعد التحميل وحاول مجدداً.',
    failed: 'تعذّرت استعادة هذه النسخة.',
    unknownAuthor: 'غير معروف',
  },
  preview: { banner: 'معاينة: هكذا سيرى القراء المقال. لن يكون متاحاً للعموم إلا بعد نشره.', status: 'الحالة' },
};

const all: Record<Locale, EditorMessages> = { en, fr, ar };

export function getEditorMessages(locale: Locale): EditorMessages {
  return all[locale];
}

/** The sentence shown next to a field for an error code from lib/articles/input.ts. */
export function describeFieldError(t: EditorMessages, field: ArticleField, code: ArticleErrorCode): string {
  if (field === 'title' && code === 'required') return t.errors.titleRequired;
  if (field === 'slug' && code === 'taken') return t.errors.slugTaken;
  if (field === 'slug' && code === 'invalid') return t.errors.slugInvalid;
  if (field === 'translationOf' && code === 'taken') return t.errors.translationTaken;
  if (field === 'translationOf') return t.errors.translationInvalid;
  if (field === 'relatedIds') return t.errors.relatedInvalid;
  if (field === 'tags') return t.errors.tagsInvalid;
  if (field === 'locale' && code === 'locked') return t.editor.languageLocked;
  return t.errors.field[code];
}
