import { describe, expect, it } from 'vitest';
import { format } from './i18n';

describe('format', () => {
  const units = '{units, plural, one {# unit} other {# units}}';

  it('picks the ICU plural form by the value, keeping the value as passed', () => {
    expect(format(units, { units: 1 })).toBe('1 unit');
    expect(format(units, { units: '1,200' })).toBe('1,200 units');
    expect(format(units, { units: 0 })).toBe('0 units');
  });

  it('uses Chinese plural rules (one form) for zh', () => {
    expect(format('{n, plural, one {# 件} other {# 件}}', { n: 1 }, 'zh')).toBe('1 件');
  });

  it('fills plain placeholders and leaves unknown ones', () => {
    expect(format('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});
