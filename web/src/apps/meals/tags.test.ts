import { describe, expect, it } from 'vitest';
import { addTags, splitTyped } from './tags';

describe('tags', () => {
  it('turns a pasted list into tags without separators or repeats', () => {
    expect(addTags([], 'team-lunch,')).toEqual(['team-lunch']);
    expect(addTags(['Team-Lunch'], 'team-lunch; friday, #client ,')).toEqual(['Team-Lunch', 'friday', 'client']);
  });

  it('keeps the name still being typed apart from the finished ones', () => {
    expect(splitTyped('team-lunch,fri')).toEqual({ finished: 'team-lunch,', typing: 'fri' });
    expect(splitTyped('friday')).toEqual({ finished: '', typing: 'friday' });
  });
});
