import { describe, expect, it } from 'vitest';
import { fontSizeFor } from './WordCloud';

describe('fontSizeFor', () => {
  it('gives the most frequent word the largest size and rarer words smaller ones', () => {
    expect(fontSizeFor(10, 10, 14, 48)).toBe(48);
    expect(fontSizeFor(1, 10, 14, 48)).toBeLessThan(fontSizeFor(5, 10, 14, 48));
    expect(fontSizeFor(0, 10, 14, 48)).toBe(14);
    expect(fontSizeFor(3, 0, 14, 48)).toBeGreaterThan(14);
  });
});
