import { isolate } from './bidi';
import type { Locale } from './config';

export type CommentMessages = {
  formTitle: string;
  replyingTo: (name: string) => string;
  cancelReply: string;
  reply: string;
  name: string;
  email: string;
  emailNote: string;
  website: string;
  websiteHint: string;
  comment: string;
  commentHint: (max: string) => string;
  requiredMark: string;
  requiredNote: string;
  captchaLabel: string;
  captchaLoading: string;
  captchaNoScript: string;
  honeypot: string;
  submit: string;
  submitting: string;
  errors: {
    required: string;
    'too-long': string;
    invalid: string;
    'invalid-url': string;
    wrong: string;
    expired: string;
    replayed: string;
    emailInvalid: string;
  };
  /** Next to a field longer than the form accepts. */
  tooLong: (max: number) => string;
  fixErrors: string;
  closed: string;
  /** The database cannot be reached: nothing was posted, everything typed is still in the form. */
  unavailable: string;
  rateLimited: string;
  duplicate: string;
  notFound: string;
  genericError: string;
  successPending: string;
  successApproved: string;
  awaitingModeration: string;
  yourPending: string;
  backToArticle: string;
  commentOn: (title: string) => string;
  nextStep: string;
};

const en: CommentMessages = {
  formTitle: 'Leave a comment',
  replyingTo: (name) => `Replying to ${name}`,
  cancelReply: 'Cancel reply',
  reply: 'Reply',
  name: 'Name',
  email: 'Email',
  emailNote: 'Your email address will not be published.',
  website: 'Website',
  websiteHint: 'Optional, starting with http:// or https://',
  comment: 'Comment',
  commentHint: (max) => `Plain text, up to ${max} characters. Links become clickable.`,
  requiredMark: 'required',
  requiredNote: 'Fields marked * are required.',
  captchaLabel: 'Anti-spam question',
  captchaLoading: 'Loading the question…',
  captchaNoScript:
    'Without JavaScript you will answer a short math question on the next page; everything you typed is kept.',
  honeypot: 'Leave this field empty',
  submit: 'Post comment',
  submitting: 'Posting…',
  errors: {
    required: 'This field is required.',
    'too-long': 'This is too long.',
    invalid: 'This is not valid.',
    'invalid-url': 'Enter a web address starting with http:// or https://.',
    wrong: 'That answer is not right. Here is a new question.',
    expired: 'The question expired. Here is a new one.',
    replayed: 'This question was already used. Here is a new one.',
    emailInvalid: 'Enter a valid email address.',
  },
  tooLong: (max) => `This is too long: at most ${new Intl.NumberFormat('en').format(max)} characters.`,
  unavailable: 'We cannot save comments right now. Nothing was posted and your text is kept below: try again shortly.',
  fixErrors: 'Your comment was not posted yet: please correct the fields marked below. Nothing you typed was lost.',
  closed: 'Comments are closed on this article.',
  rateLimited:
    'You have posted several comments in a short time. Please wait a few minutes and try again; your text is kept.',
  duplicate: 'You already posted this exact comment.',
  notFound: 'This article does not accept comments.',
  genericError: 'Something went wrong on our side. Your text is kept: try again in a moment.',
  successPending: 'Thank you. Your comment is awaiting moderation and will appear once approved.',
  successApproved: 'Thank you. Your comment is published.',
  awaitingModeration: 'Awaiting moderation',
  yourPending: 'Your comments awaiting moderation',
  backToArticle: 'Back to the article',
  commentOn: (title) => `Comment on “${title}”`,
  nextStep: 'One more step: answer the question below to post your comment.',
};

const fr: CommentMessages = {
  formTitle: 'Laisser un commentaire',
  replyingTo: (name) => `Réponse à ${name}`,
  cancelReply: 'Annuler la réponse',
  reply: 'Répondre',
  name: 'Nom',
  email: 'E-mail',
  emailNote: 'Votre adresse e-mail ne sera pas publiée.',
  website: 'Site web',
  websiteHint: 'Facultatif, commençant par http:// ou https://',
  comment: 'Commentaire',
  commentHint: (max) => `Texte brut, ${max} caractères au plus. Les liens deviennent cliquables.`,
  requiredMark: 'obligatoire',
  requiredNote: 'Les champs marqués * sont obligatoires.',
  captchaLabel: 'Question anti-spam',
  captchaLoading: 'Chargement de la question…',
  captchaNoScript:
    'Sans JavaScript, vous répondrez à une courte question de calcul à la page suivante ; tout ce que vous avez saisi est conservé.',
  honeypot: 'Laissez ce champ vide',
  submit: 'Publier le commentaire',
  submitting: 'Publication…',
  errors: {
    required: 'Ce champ est obligatoire.',
    'too-long': 'C’est trop long.',
    invalid: 'Ce n’est pas valide.',
    'invalid-url': 'Saisissez une adresse web commençant par http:// ou https://.',
    wrong: 'Ce n’est pas la bonne réponse. Voici une nouvelle question.',
    expired: 'La question a expiré. En voici une nouvelle.',
    replayed: 'Cette question a déjà servi. En voici une nouvelle.',
    emailInvalid: 'Saisissez une adresse e-mail valide.',
  },
  tooLong: (max) => `C’est trop long : ${new Intl.NumberFormat('fr').format(max)} caractères au plus.`,
  unavailable:
    'Nous ne pouvons pas enregistrer de commentaires pour le moment. Rien n’a été publié et votre texte est conservé ci-dessous : réessayez dans un instant.',
  fixErrors:
    'Votre commentaire n’est pas encore publié : corrigez les champs signalés ci-dessous. Rien de ce que vous avez saisi n’est perdu.',
  closed: 'Les commentaires sont fermés pour cet article.',
  rateLimited:
    'Vous avez publié plusieurs commentaires en peu de temps. Patientez quelques minutes ; votre texte est conservé.',
  duplicate: 'Vous avez déjà publié ce commentaire.',
  notFound: 'Cet article n’accepte pas de commentaires.',
  genericError: 'Un problème est survenu de notre côté. Votre texte est conservé : réessayez dans un instant.',
  successPending: 'Merci. Votre commentaire est en attente de modération et apparaîtra une fois approuvé.',
  successApproved: 'Merci. Votre commentaire est publié.',
  awaitingModeration: 'En attente de modération',
  yourPending: 'Vos commentaires en attente de modération',
  backToArticle: 'Retour à l’article',
  commentOn: (title) => `Commenter « ${title} »`,
  nextStep: 'Dernière étape : répondez à la question ci-dessous pour publier votre commentaire.',
};

const ar: CommentMessages = {
  formTitle: 'أضف تعليقاً',
  replyingTo: (name) => `ردّاً على ${isolate(name)}`,
  cancelReply: 'إلغاء الرد',
  reply: 'رد',
  name: 'الاسم',
  email: 'البريد الإلكتروني',
  emailNote: 'لن يُنشر بريدك الإلكتروني.',
  website: 'الموقع الإلكتروني',
  websiteHint: 'اختياري، يبدأ بـ ⁦http://⁩ أو ⁦https://⁩',
  comment: 'التعليق',
  commentHint: (max) => `نص عادي، حتى ${max} حرف. تصبح الروابط قابلة للنقر.`,
  requiredMark: 'إلزامي',
  requiredNote: 'الحقول المعلّمة بـ * إلزامية.',
  captchaLabel: 'سؤال مكافحة الرسائل المزعجة',
  captchaLoading: 'جارٍ تحميل السؤال…',
  captchaNoScript: 'من دون جافاسكربت ستجيب عن سؤال حسابي قصير في الصفحة التالية، ويُحفظ كل ما كتبته.',
  honeypot: 'اترك هذا الحقل فارغاً',
  submit: 'انشر التعليق',
  submitting: 'جارٍ النشر…',
  errors: {
    required: 'هذا الحقل إلزامي.',
    'too-long': 'النص طويل جداً.',
    invalid: 'القيمة غير صالحة.',
    'invalid-url': 'أدخل عنواناً يبدأ بـ ⁦http://⁩ أو ⁦https://⁩.',
    wrong: 'الإجابة غير صحيحة. إليك سؤالاً جديداً.',
    expired: 'انتهت صلاحية السؤال. إليك سؤالاً جديداً.',
    replayed: 'استُخدم هذا السؤال من قبل. إليك سؤالاً جديداً.',
    emailInvalid: 'أدخل بريداً إلكترونياً صحيحاً.',
  },
  tooLong: (max) => `النص طويل جداً: ${new Intl.NumberFormat('ar').format(max)} حرف على الأكثر.`,
  unavailable: 'لا يمكننا حفظ التعليقات الآن. لم يُنشر شيء ونصك محفوظ أدناه: حاول مجدداً بعد قليل.',
  fixErrors: 'لم يُنشر تعليقك بعد: صحّح الحقول المشار إليها أدناه. لم يضع شيء مما كتبته.',
  closed: 'التعليقات مغلقة على هذا المقال.',
  rateLimited: 'نشرت عدة تعليقات في وقت قصير. انتظر بضع دقائق ثم حاول مجدداً؛ نصك محفوظ.',
  duplicate: 'سبق أن نشرت هذا التعليق نفسه.',
  notFound: 'هذا المقال لا يقبل التعليقات.',
  genericError: 'حدث خطأ من جهتنا. نصك محفوظ: حاول مجدداً بعد قليل.',
  successPending: 'شكراً لك. تعليقك بانتظار المراجعة وسيظهر بعد الموافقة عليه.',
  successApproved: 'شكراً لك. نُشر تعليقك.',
  awaitingModeration: 'بانتظار المراجعة',
  yourPending: 'تعليقاتك بانتظار المراجعة',
  backToArticle: 'العودة إلى المقال',
  commentOn: (title) => `التعليق على «${isolate(title)}»`,
  nextStep: 'خطوة أخيرة: أجب عن السؤال أدناه لنشر تعليقك.',
};

const all: Record<Locale, CommentMessages> = { en, fr, ar };

export function getCommentMessages(locale: Locale): CommentMessages {
  return all[locale];
}
