import { describe, expect, it } from 'vitest';
import { plural, withUnit } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(plural(1, 'respondent', 'respondents')).toBe('1 respondent');
    expect(plural(0, 'respondent', 'respondents')).toBe('0 respondents');
    expect(plural(1200, 'respondent', 'respondents')).toBe('1,200 respondents');
  });

  it('makes a server unit given in the plural agree with its value', () => {
    expect(withUnit(1, 'hours down')).toBe('1 hour down');
    expect(withUnit(2.5, 'hours down')).toBe('2.5 hours down');
    expect(withUnit(1, 'minutes (average standby wait)')).toBe('1 minute (average standby wait)');
  });
});
