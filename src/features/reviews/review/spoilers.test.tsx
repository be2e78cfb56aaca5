import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { HideSpoilersSwitch, Spoiler } from './spoilers';

/** Spoilers as a reader meets them: masked with one button, then plain text with a small Hide; and the switch. */
afterEach(() => localStorage.clear());

function passage() {
  return render(
    <p>
      Early on.{' '}
      <Spoiler mask="Ash is an android">
        Ash is an <em>android</em>
      </Spoiler>{' '}
      Later.
    </p>,
  );
}

describe('Spoiler', () => {
  it('hides the passage behind one button, and a screen reader hears nothing of it', () => {
    const { container } = passage();
    expect(screen.getByRole('button', { name: 'Show spoiler' })).toBeVisible();
    expect(screen.getByText('android')).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Hide spoiler' })).not.toBeInTheDocument();
    // The mask keeps the length and the word breaks, and is hidden from assistive technology.
    const mask = container.querySelector('[aria-hidden="true"]');
    expect(mask).toHaveTextContent('xxx xx xx xxxxxxx');
    expect(mask).toBeVisible();
  });

  it('shows the passage as text with a Hide button, moves focus to it, and hides it again', async () => {
    const user = userEvent.setup();
    passage();
    await user.click(screen.getByRole('button', { name: 'Show spoiler' }));
    const text = screen.getByText('android').parentElement;
    expect(text).toHaveTextContent('Ash is an android');
    expect(text).toBeVisible();
    expect(text).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Show spoiler' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Hide spoiler' }));
    expect(text).not.toBeVisible();
    expect(screen.getByRole('button', { name: 'Show spoiler' })).toHaveFocus();
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    passage();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Show spoiler' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('android')).toBeVisible();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Hide spoiler' })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText('android')).not.toBeVisible();
  });

  it('a section is one panel with its note and one button naming what it shows', () => {
    render(
      <Spoiler block note="This review discusses the ending." show="Show the review">
        <p>Everyone dies.</p>
      </Spoiler>,
    );
    expect(screen.getByText('This review discusses the ending.')).toBeInTheDocument();
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show the review' })).toBeInTheDocument();
    expect(screen.getByText('Everyone dies.')).not.toBeVisible();
  });

  it('is a checkbox with labels before the app hydrates, so it works without JavaScript', () => {
    const html = renderToString(<Spoiler mask="a secret">a secret</Spoiler>);
    expect(html).toMatch(/<input[^>]*type="checkbox"/);
    expect(html).toMatch(/<label[^>]*>Show spoiler<\/label>/);
    expect(html).not.toContain('<button');
  });
});

describe('HideSpoilersSwitch', () => {
  it('is a switch, on by default, and turning it off shows every spoiler', async () => {
    const user = userEvent.setup();
    render(
      <>
        <HideSpoilersSwitch />
        <Spoiler mask="one">one</Spoiler>
        <Spoiler mask="two">two</Spoiler>
      </>,
    );
    const toggle = screen.getByRole('switch', { name: 'Hide spoilers on every review' });
    expect(toggle).toBeChecked();
    expect(screen.getAllByRole('button', { name: 'Show spoiler' })).toHaveLength(2);

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Show spoiler' })).not.toBeInTheDocument();
    expect(screen.getByText('one')).toBeVisible();
    expect(screen.getByText('two')).toBeVisible();
    expect(localStorage.getItem('reel-notes:hide-spoilers')).toBe('false');
  });
});
