/**
 * The tests' one reader of the math captcha: "12 ÷ 3" (Western or Arabic-Indic digits, with or
 * without spaces) → "4". Unit, integration, end-to-end and system tests all answer through it.
 */
export function solveQuestion(question: string): string {
  const western = question.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const match = western.match(/(\d+)\s*([+−×÷])\s*(\d+)/);
  if (!match) throw new Error(`Not a captcha question: ${question}`);
  const x = Number(match[1]);
  const y = Number(match[3]);
  const op = match[2];
  return String(op === '+' ? x + y : op === '−' ? x - y : op === '×' ? x * y : x / y);
}
