import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Toaster } from './Toast';
import { toast } from './toastStore';

describe('toast', () => {
  it('shows each confirmation in the toaster until it is closed', () => {
    render(<Toaster />);
    act(() => {
      toast('Saved: Green Bowl · €12.50.');
      toast('Order S261206-T7V2W6 placed.');
    });
    expect(screen.getByText('Saved: Green Bowl · €12.50.')).toBeTruthy();
    expect(screen.getByText('Order S261206-T7V2W6 placed.')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' })[0]);
    expect(screen.queryByText('Saved: Green Bowl · €12.50.')).toBeNull();
    expect(screen.getByText('Order S261206-T7V2W6 placed.')).toBeTruthy();
  });
});
