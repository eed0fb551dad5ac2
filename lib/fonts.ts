import localFont from 'next/font/local';

// Self-hosted from npm (@fontsource-variable): no request leaves the site, no download at build.
export const inter = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  variable: '--font-inter',
  display: 'swap',
});

// Loaded by Arabic pages only (the browser fetches it when Arabic glyphs are drawn).
export const naskh = localFont({
  src: '../node_modules/@fontsource-variable/noto-naskh-arabic/files/noto-naskh-arabic-arabic-wght-normal.woff2',
  weight: '400 700',
  variable: '--font-naskh',
  display: 'swap',
  preload: false,
});
