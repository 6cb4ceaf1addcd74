import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Pager } from './Pager';

function Rides({ total }: { total: number }) {
  const [page, setPage] = useState(1);
  return <Pager label="Ride ranking pages" page={page} pageSize={25} total={total} onPage={setPage} />;
}

afterEach(cleanup);

describe('parks Pager', () => {
  it('pages through the rides 25 at a time and says where the reader is', async () => {
    const user = userEvent.setup();
    render(<Rides total={60} />);
    const nav = screen.getByRole('navigation', { name: 'Ride ranking pages' });
    expect(nav.textContent).toContain('1–25 of 60');
    expect(screen.getByRole('button', { name: 'Previous' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(nav.textContent).toContain('51–60 of 60');
    expect(nav.textContent).toContain('Page 3 of 3');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
  });

  it('shows nothing when one page holds every ride', () => {
    render(<Rides total={25} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
