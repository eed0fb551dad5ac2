/**
 * A box of one value per line (profile links): the non-blank lines, trimmed, and the line number
 * the person sees for each (blank lines counted), so an error can name the line.
 */
export function nonBlankLines(text: string): { values: string[]; lineNumbers: number[] } {
  const values: string[] = [];
  const lineNumbers: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) {
      values.push(line.trim());
      lineNumbers.push(i + 1);
    }
  });
  return { values, lineNumbers };
}
