import { describe, expect, it } from 'vitest';
import { parseStaffNames, staffNamesFromForm } from '@/lib/staff-names-input';

describe('staff names input', () => {
  it('reads the form, trims, and drops empty languages (they fall back to the default name)', () => {
    const input = staffNamesFromForm({
      name: ' Leila Haddad ',
      name_ar: ' ليلى حداد ',
      name_fr: '   ',
      $ACTION_ID: 'x',
    });
    expect(parseStaffNames(input)).toEqual({ ok: true, data: { name: 'Leila Haddad', names: { ar: 'ليلى حداد' } } });
  });

  it('allows 80 characters per language and 120 for the default name, no more', () => {
    expect(parseStaffNames({ name: 'n'.repeat(120), names: { en: 'e'.repeat(80), fr: '', ar: '' } }).ok).toBe(true);
    expect(parseStaffNames({ name: 'n'.repeat(121), names: { en: 'e'.repeat(81), fr: '', ar: '' } })).toEqual({
      ok: false,
      fieldErrors: { name: 'too-long', name_en: 'too-long' },
    });
  });

  it('requires a default name and refuses control characters and direction overrides', () => {
    expect(parseStaffNames({ name: ' ', names: { en: 'a\nb', fr: 'x\u2067y', ar: 'ليلى\u202Eحداد' } })).toEqual({
      ok: false,
      fieldErrors: { name: 'required', name_en: 'invalid', name_fr: 'invalid', name_ar: 'invalid' },
    });
  });
});
