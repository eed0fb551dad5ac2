/**
 * Bidirectional text. A name, title, address or code written in one script inside a sentence in
 * another keeps its own order only when isolated: in markup with `<bdi>` or `dir`, in plain
 * strings (titles, labels, messages) with Unicode isolates, invisible characters that every
 * browser and screen reader honours.
 */
const FSI = '\u2068';
const LRI = '\u2066';
const PDI = '\u2069';
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
/** A letter written left to right (Latin, Greek, Cyrillic…): any letter outside the RTL blocks. */
const LTR_LETTER = /(?![\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc])\p{L}/u;

/**
 * First-strong isolate: the value takes the direction of its own first letter. A value with no
 * left-to-right letter (an Arabic name in an Arabic sentence) reads right already and is left as
 * it is, so labels and headings carry no invisible characters they do not need.
 */
export function isolate(text: string): string {
  return LTR_LETTER.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** Left-to-right isolate, for what is always written left to right (URLs, emails, code). */
export function isolateLtr(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/**
 * Puts values where `{key}` stands in a message template. In a right-to-left sentence each value
 * is isolated, so a Latin name or address does not carry the punctuation around it away.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  const rtl = RTL_LETTER.test(template);
  return template.replace(/\{(\w+)\}/g, (whole, key: string, at: number) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    // A placeholder the template isolates itself (`⁦{url}⁩`: always left to right) is not isolated twice.
    const isolated = template[at - 1] === LRI || template[at - 1] === FSI;
    return rtl && !isolated ? isolate(value) : value;
  });
}
