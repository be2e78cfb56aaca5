import { it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../render-app';

it('home', async () => {
  console.log('IO', typeof IntersectionObserver, typeof requestAnimationFrame);
  const t = performance.now();
  renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  console.log('h1', performance.now() - t);
  await screen.findByText(/Showing 24 of 37/, {}, { timeout: 3000 });
  console.log('list', performance.now() - t);
  await screen.findByRole('link', { name: 'Ballerina (2023)' });
  console.log('OK', performance.now() - t);
});
it('home2', async () => {
  const t = performance.now();
  renderApp('/?genre=action');
  await screen.findByRole('link', { name: 'Ballerina (2023)' });
  console.log('OK2', performance.now() - t);
});
