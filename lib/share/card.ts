import path from 'node:path';
import sharp from 'sharp';
import { direction, type Locale } from '../i18n/config';
import { BRAND_ACCENT } from './brand';

/** The size social apps show a large link preview at (Open Graph, X, LinkedIn, WhatsApp). */
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

const PAPER = '#1a1a1a';
const HEADLINE_INK = '#ffffff';
const NAME_INK = '#f3d9d6';
const MARGIN = 80;
const TEXT_WIDTH = SHARE_WIDTH - 2 * MARGIN;
const LOGO_SIZE = 88;
const HEADLINE_TOP = 200;
const HEADLINE_BOX = SHARE_HEIGHT - HEADLINE_TOP - 70;
/** 72 dpi: a size in points is a size in pixels. */
const DPI = 72;
const HEADLINE_POINTS = 60;
const NAME_POINTS = 40;

function fontFile(name: string): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@expo-google-fonts', name);
}

/**
 * Fonts with the glyphs of each language, from npm as TTF (sharp's text renderer, Pango, reads
 * TrueType through fontconfig; it cannot read the WOFF2 files the pages use). Naskh is the
 * first choice for Arabic text, Inter for Latin; each falls back to the other, so a French
 * headline quoting an Arabic name still draws both scripts.
 */
const FONTS = {
  latin: { file: fontFile('inter/700Bold/Inter_700Bold.ttf'), family: 'Inter, Noto Naskh Arabic' },
  arabic: {
    file: fontFile('noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf'),
    family: 'Noto Naskh Arabic, Inter',
  },
} as const;

/** Pango markup: text is data, so its three markup characters are escaped. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What Pango must never see: control characters other than a space (a newline, a NUL). */
function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let fontsRegistered: Promise<void> | null = null;

/**
 * Each font file is added to fontconfig when sharp first draws with it and stays added for the
 * process; drawing one character with each at start makes both available as fallbacks from the
 * first card on.
 */
function registerFonts(): Promise<void> {
  fontsRegistered ??= Promise.all(
    Object.values(FONTS).map((font) =>
      sharp({ text: { text: 'a', font: `${font.family} Bold 12`, fontfile: font.file, dpi: DPI } })
        .png()
        .toBuffer(),
    ),
  ).then(() => undefined);
  return fontsRegistered;
}

type TextBlock = { data: Buffer; width: number; height: number };

/**
 * Text laid out by Pango (HarfBuzz shapes Arabic: letters join, the line runs right to left,
 * numbers and Latin words inside keep their own direction). Alignment "left" means the start of
 * the line: Pango mirrors it for a right-to-left paragraph. Text taller than `maxHeight` at
 * `points` is set again smaller so that it fits.
 */
async function drawText(
  text: string,
  opts: { locale: Locale; points: number; colour: string; maxWidth: number; maxHeight: number },
): Promise<TextBlock> {
  const font = opts.locale === 'ar' ? FONTS.arabic : FONTS.latin;
  const markup = `<span foreground="${opts.colour}">${escapeMarkup(text)}</span>`;
  const base = {
    text: markup,
    font: `${font.family} Bold ${opts.points}`,
    fontfile: font.file,
    width: opts.maxWidth,
    align: 'left' as const,
    wrap: 'word' as const,
    rgba: true,
    spacing: Math.round(opts.points * 0.25),
  };
  let out = await sharp({ text: { ...base, dpi: DPI } })
    .png()
    .toBuffer({ resolveWithObject: true });
  if (out.info.height > opts.maxHeight) {
    // Pango picks the largest size that fits the box.
    out = await sharp({ text: { ...base, height: opts.maxHeight } })
      .png()
      .toBuffer({ resolveWithObject: true });
  }
  if (out.info.width > opts.maxWidth || out.info.height > opts.maxHeight) {
    // A word longer than the line (an address, a string without spaces) is wider than the box.
    out = await sharp(out.data)
      .resize(opts.maxWidth, opts.maxHeight, { fit: 'inside' })
      .png()
      .toBuffer({ resolveWithObject: true });
  }
  return { data: out.data, width: out.info.width, height: out.info.height };
}

export type CardText = {
  locale: Locale;
  /** The publication's name, above the headline beside the logo. */
  site: string;
  /** A story's headline, or the publication's tagline on its own card. */
  headline: string;
  /** A logo file drawn at the start of the top line, fitted whole in a square. */
  logoFile: string;
};

/** An uploaded logo went through the image pipeline's own pixel limit; this is the same bound. */
const MAX_LOGO_PIXELS = 50_000_000;

/**
 * A 1200×630 PNG share card: logo and site name on the first line, the headline below in large
 * type, an accent rule along the bottom. Right-to-left languages start from the right edge.
 */
export async function renderCard(card: CardText): Promise<Buffer> {
  await registerFonts();
  const rtl = direction(card.locale) === 'rtl';
  const start = (width: number) => (rtl ? SHARE_WIDTH - MARGIN - width : MARGIN);
  const gap = 28;
  const [logo, name, headline] = await Promise.all([
    // An uploaded logo may be wide: fitted whole inside the square, never cropped.
    sharp(card.logoFile, { limitInputPixels: MAX_LOGO_PIXELS })
      .resize(LOGO_SIZE, LOGO_SIZE, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer(),
    drawText(oneLine(card.site), {
      locale: card.locale,
      points: NAME_POINTS,
      colour: NAME_INK,
      maxWidth: TEXT_WIDTH - LOGO_SIZE - gap,
      maxHeight: LOGO_SIZE,
    }),
    drawText(oneLine(card.headline), {
      locale: card.locale,
      points: HEADLINE_POINTS,
      colour: HEADLINE_INK,
      maxWidth: TEXT_WIDTH,
      maxHeight: HEADLINE_BOX,
    }),
  ]);
  const nameStart = rtl ? SHARE_WIDTH - MARGIN - LOGO_SIZE - gap - name.width : MARGIN + LOGO_SIZE + gap;
  return sharp({ create: { width: SHARE_WIDTH, height: SHARE_HEIGHT, channels: 3, background: PAPER } })
    .composite([
      { input: logo, top: 64, left: start(LOGO_SIZE) },
      { input: name.data, top: 64 + Math.round((LOGO_SIZE - name.height) / 2), left: nameStart },
      { input: headline.data, top: HEADLINE_TOP, left: start(headline.width) },
      {
        input: { create: { width: SHARE_WIDTH, height: 16, channels: 3, background: BRAND_ACCENT } },
        top: SHARE_HEIGHT - 16,
        left: 0,
      },
    ])
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

/**
 * A photo cropped to 1200×630 for link previews: the part sharp finds most interesting (faces,
 * contrast) is kept; a smaller photo is enlarged, since apps show a small one as a thumbnail.
 */
export async function cropForSharing(input: Buffer | string, limitInputPixels: number): Promise<Buffer> {
  return sharp(input, { limitInputPixels })
    .rotate()
    .resize(SHARE_WIDTH, SHARE_HEIGHT, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}
