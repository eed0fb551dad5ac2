import { describe, expect, it } from 'vitest';
import { pageWindow } from '@/lib/search/page-window';

describe('search page numbers', () => {
  it('lists every page when there are few', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and two around the current page, with gaps between', () => {
    expect(pageWindow(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageWindow(6, 50)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 50]);
    expect(pageWindow(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
    // A gap never stands for a single page: 1 … 3 would hide only 2.
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, 'gap', 10]);
  });
});
