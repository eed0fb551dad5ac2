import { describe, expect, it } from 'vitest';
import {
  articleSlugVariants,
  completedTags,
  currentTagFragment,
  replaceTagFragment,
  tagFragmentKeys,
  tagSearchKey,
} from '@/lib/tag-search-key';

describe('tagSearchKey', () => {
  it('drops the Arabic article, so "مياه" and "المياه" compare equal', () => {
    expect(tagSearchKey('المياه')).toBe('مياه');
    expect(tagSearchKey('مياه')).toBe('مياه');
    expect(tagSearchKey('الشركات الناشئة')).toBe('شركات ناشية'); // ئ loses its hamza like أ;
  });

  it('keeps "ال" when the word would be too short without it', () => {
    expect(tagSearchKey('ألم')).toBe('الم');
    expect(tagSearchKey('ال')).toBe('ال');
  });

  it('drops harakat, tatweel and hamza marks (أ إ آ become ا)', () => {
    expect(tagSearchKey('المِيَاه')).toBe('مياه');
    expect(tagSearchKey('البرلمـان')).toBe('برلمان');
    expect(tagSearchKey('الإنترنت')).toBe('انترنت');
    expect(tagSearchKey('أمن')).toBe(tagSearchKey('امن'));
  });

  it('ignores case and accents in French and English', () => {
    expect(tagSearchKey('État')).toBe('etat');
    expect(tagSearchKey('ÉNERGIE')).toBe(tagSearchKey('énergie'));
    expect(tagSearchKey('Cinéma')).toBe('cinema');
    expect(tagSearchKey('Water')).toBe('water');
  });

  it('turns punctuation and runs of spaces into single spaces', () => {
    expect(tagSearchKey('  start-up ,  vie   privée ')).toBe('start up vie privee');
    expect(tagSearchKey('«الطاقة»؟')).toBe('طاقة');
  });
});

describe('tagFragmentKeys', () => {
  it('looks for an unfinished "الم" with and without its article', () => {
    expect(tagFragmentKeys('الم')).toEqual(['الم', 'م']);
    expect(tagFragmentKeys('المي')).toEqual(['مي']);
  });

  it('answers nothing for an empty fragment', () => {
    expect(tagFragmentKeys('   ')).toEqual([]);
    expect(tagFragmentKeys('-')).toEqual([]);
  });
});

describe('the tag field value', () => {
  it('takes the fragment after the last comma of either kind', () => {
    expect(currentTagFragment('water, ener')).toBe('ener');
    expect(currentTagFragment('الطاقة، مياه')).toBe('مياه');
    expect(currentTagFragment('الطاقة؛ الم')).toBe('الم');
    expect(currentTagFragment('مياه')).toBe('مياه');
    expect(completedTags('a, b، c')).toEqual(['a', 'b']);
  });

  it('replaces the fragment with the chosen name and starts the next tag', () => {
    expect(replaceTagFragment('الطاقة، مياه', 'المياه', true)).toBe('الطاقة، المياه، ');
    expect(replaceTagFragment('مياه', 'المياه', true)).toBe('المياه، ');
    expect(replaceTagFragment('energy,wat', 'water', false)).toBe('energy, water, ');
  });
});

describe('articleSlugVariants', () => {
  it('gives the slug with and without the Arabic article on each word, the slug first', () => {
    expect(articleSlugVariants('مياه')).toEqual(['مياه', 'المياه']);
    expect(articleSlugVariants('المياه')).toEqual(['المياه', 'مياه']);
    expect(articleSlugVariants('الشركات-ناشئة')).toEqual([
      'الشركات-ناشئة',
      'الشركات-الناشئة',
      'شركات-ناشئة',
      'شركات-الناشئة',
    ]);
  });

  it('leaves Latin slugs, short words and long slugs alone', () => {
    expect(articleSlugVariants('water')).toEqual(['water']);
    expect(articleSlugVariants('الم')).toEqual(['الم']);
    expect(articleSlugVariants('a-b-c-d-e')).toEqual(['a-b-c-d-e']);
  });
});
