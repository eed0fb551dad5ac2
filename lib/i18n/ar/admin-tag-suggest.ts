import type { TagSuggestMessages } from '../admin-tag-suggest';

export const ar: TagSuggestMessages = {
  listLabel: 'اقتراحات',
  found: 'عدد الوسوم الموجودة المطابقة: {count}. استعمل السهمين للأعلى وللأسفل ثم Enter.',
  hint: 'تُقترح الوسوم الموجودة بلغة المقال أثناء الكتابة: اختر واحداً بالأسهم ثم Enter، أو أغلق القائمة بمفتاح Escape.',
};
