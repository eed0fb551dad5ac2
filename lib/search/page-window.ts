/**
 * The page numbers a results page shows: the first, the last, and two on each side of the
 * current one, with a gap where numbers are left out (1 … 4 5 6 7 8 … 50).
 */
export function pageWindow(page: number, pageCount: number): (number | 'gap')[] {
  const shown: (number | 'gap')[] = [];
  for (let n = 1; n <= pageCount; n++) {
    if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) shown.push(n);
    else if (shown[shown.length - 1] !== 'gap') shown.push('gap');
  }
  return shown;
}
