import { describe, expect, it } from 'vitest';
import { articleInputSchema } from '@/lib/articles/input';

const parse = (tags: string) => articleInputSchema.parse({ locale: 'ar', title: 'عنوان', tags }).tags;

describe('tags typed in one field', () => {
  it('splits on the Arabic comma and semicolon as on the Latin comma', () => {
    expect(parse('اقتصاد، طاقة، مياه')).toEqual(['اقتصاد', 'طاقة', 'مياه']);
    expect(parse('اقتصاد؛ طاقة')).toEqual(['اقتصاد', 'طاقة']);
    expect(parse('economy, energy ,water')).toEqual(['economy', 'energy', 'water']);
    expect(parse('اقتصاد, energy، مياه')).toEqual(['اقتصاد', 'energy', 'مياه']);
  });

  it('drops empty pieces', () => {
    expect(parse('،, ؛ ,')).toEqual([]);
  });
});
