import { describe, expect, it } from 'vitest';
import { CATEGORY_LABEL, humanize, label, zoned } from './labels';

describe('parks labels', () => {
  it('words a known code and humanizes an unknown one', () => {
    expect(label(CATEGORY_LABEL, 'MEET_AND_GREET')).toBe('Meet & greet');
    expect(label(CATEGORY_LABEL, 'WATER_RIDE')).toBe('Water ride');
    expect(humanize('tierSource')).toBe('Tier source');
  });

  it('names the zone of a time', () => {
    expect(zoned('2026-07-04T19:30:00Z', 'America/Los_Angeles')).toBe('Jul 4, 2026, 12:30 PM PDT');
    expect(zoned('2026-12-06T20:00:00Z', 'America/New_York')).toBe('Dec 6, 2026, 3:00 PM EST');
  });
});
