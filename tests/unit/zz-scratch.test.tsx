import { it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../render-app';

it('home', async () => {
  renderApp('/');
  await screen.findByText(/Showing 24 of 37/, {}, { timeout: 3000 });
  console.log('OK', screen.getAllByRole('link').length);
});
