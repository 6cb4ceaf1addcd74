import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BigScreen, ScaledBigScreen, stageScale, type BigScreenState } from './BigScreen';
import type { ActivityEntity, SessionEntity } from './types';

const session: SessionEntity = {
  id: 's1',
  title: 'All hands',
  description: '',
  code: 'TEAM42',
  status: 'live',
  locked: false,
  screen: 'activity',
  currentActivityId: 'a1',
  isRehearsal: false,
  startedAt: null,
  endedAt: null,
};
const poll = { id: 'a1', position: 0, type: 'poll', title: 'Lunch?', state: 'open', resultsMode: 'live', revealed: true, closesAt: null, config: { options: ['Salad', 'Pizza'] } } as ActivityEntity;
const state: BigScreenState = { session, joined: 1, current: poll, questions: [] };

afterEach(cleanup);

describe('BigScreen', () => {
  it('is the page on the presenter: join code banner, the activity as its heading, participants announced', () => {
    render(<BigScreen state={state} />);
    expect(screen.getByRole('banner', { name: 'Join code' }).textContent).toContain('TEA-M42');
    expect(screen.getByRole('heading', { level: 1, name: 'Lunch?' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 participant');
  });

  it('is one figure of the console as a preview: the same screen without landmarks, headings or live regions', () => {
    const { container } = render(<ScaledBigScreen state={state} />);
    expect(screen.getByText('Lunch?')).toBeTruthy();
    expect(screen.getByText('TEA-M42')).toBeTruthy();
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('main')).toBeNull();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    const images = [...container.querySelectorAll('img')];
    expect(images.length).toBeGreaterThan(0);
    expect(images.every((img) => img.getAttribute('alt') === '')).toBe(true);
  });

  it('scales the 1280-pixel stage down to its box, never up', () => {
    expect(stageScale(640)).toBe(0.5);
    expect(stageScale(1920)).toBe(1);
    expect(stageScale(0)).toBe(0);
  });
});
