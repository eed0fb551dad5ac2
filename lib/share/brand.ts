/** The publication's default colours, until the identity settings hold its own. */
export const BRAND_ACCENT = '#b3261e';
/** The reader pages' paper (globals.css `--color-paper`, light). */
export const BRAND_PAPER = '#fbfaf7';
