/** Names a reader could mistake for one another share one key (src/checker/look-alike.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookAlikeKey } from '../src/checker/look-alike.ts';

describe('lookAlikeKey', () => {
  it.each([
    ['a Cyrillic letter', 'CERN Alumni Lyon', 'CERN Alumni Lуon'],
    ['a zero for an O', 'London Alumni', 'L0ndon Alumni'],
    ['"rn" for "m"', 'Alumni of Rome', 'Alumni of Rorne'],
    ['case and spaces', 'CERN  Alumni Lyon ', 'cern alumni lyon'],
    ['a zero-width space', 'Geneva Runners', 'Geneva\u200b Runners'],
    ['full-width letters', 'Lyon', 'ｌｙｏｎ'],
  ])('gives two names that differ by %s one key', (_what, name, lookAlike) => {
    expect(lookAlikeKey(lookAlike)).toBe(lookAlikeKey(name));
  });

  it('tells different names apart', () => {
    expect(lookAlikeKey('CERN Alumni Lyon')).not.toBe(lookAlikeKey('CERN Alumni Lille'));
  });

  // A plain ASCII name takes a shorter road to its key; an invisible character sends the same name the long way.
  it('gives a plain ASCII name the key the full Unicode treatment gives it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from({ length: 95 }, (_, code) => String.fromCharCode(32 + code))), maxLength: 40 }), (name) => {
        expect(lookAlikeKey(name)).toBe(lookAlikeKey(`${name}\u200b`));
      }),
      { numRuns: 2000 },
    );
  });
});
