export declare const apologyMessages: Record<
  'en' | 'fr' | 'ar',
  { title: string; body: string; retry: string; home: string }
>;
export declare function apologyDocument(locale: 'en' | 'fr' | 'ar', dir: 'ltr' | 'rtl'): string;
