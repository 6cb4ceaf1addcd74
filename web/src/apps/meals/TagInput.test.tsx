import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TagInput } from './TagInput';

let last: { tags: string[]; typing: string } = { tags: [], typing: '' };

/** The form's side of the tag field: it keeps the chips and the half-typed name, as ExpenseForm does. */
function Form({ initial = [] as string[] }) {
  const [tags, setTags] = useState(initial);
  const [typing, setTyping] = useState('');
  last = { tags, typing };
  return (
    <>
      <TagInput value={tags} typing={typing} suggestions={['team-lunch', 'client']} onChange={(t, rest) => { setTags(t); setTyping(rest); }} />
      <button type="button">Save</button>
    </>
  );
}

afterEach(cleanup);

describe('TagInput', () => {
  it('ends a name with a comma or Enter and shows it as a removable chip', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(screen.getByLabelText('Tags'), 'team-lunch,friday{Enter}');
    expect(screen.getByRole('button', { name: 'Remove tag team-lunch' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove tag friday' })).toBeTruthy();
    expect(last).toEqual({ tags: ['team-lunch', 'friday'], typing: '' });
  });

  it('turns a pasted "team-lunch," into the tag team-lunch, not "team-lunch,"', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.click(screen.getByLabelText('Tags'));
    await user.paste('team-lunch,');
    expect(last.tags).toEqual(['team-lunch']);
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('');
  });

  it('keeps a half-typed name as text when the field loses focus, so the Save button does not move', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(screen.getByLabelText('Tags'), 'client');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(last).toEqual({ tags: [], typing: 'client' });
    expect(screen.queryByRole('list', { name: 'Chosen tags' })).toBeNull();
  });

  it('ignores repeats in any case, removes a chip on click and the last chip on Backspace in an empty field', async () => {
    const user = userEvent.setup();
    render(<Form initial={['Client', 'friday', 'late']} />);
    const field = screen.getByLabelText('Tags');
    await user.type(field, 'client;');
    expect(last.tags).toEqual(['Client', 'friday', 'late']);
    await user.click(screen.getByRole('button', { name: 'Remove tag friday' }));
    expect(last.tags).toEqual(['Client', 'late']);
    await user.type(field, '{Backspace}');
    expect(last.tags).toEqual(['Client']);
  });
});
