export declare function escapeHtml(s: string): string;
export declare function plainDocument(page: {
  locale: string;
  dir: 'ltr' | 'rtl';
  title: string;
  body: string;
}): string;
