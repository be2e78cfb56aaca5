import {
  useEffect,
  useEffectEvent,
  useId,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useAnnouncer } from '@/components/announcer';
import { Stars } from '@/components/stars';
import { paths } from '@/config/paths';
import { countOf } from '@/lib/plural';
import { entryQuery } from '../../api/review-queries';
import { prepareSuggestions, suggestionsQuery } from './suggest-query';
import styles from './header-suggestions.module.css';

/** The attributes that make the header's box a combobox (ARIA 1.2), set while this code runs. */
const COMBOBOX_ATTRIBUTES = ['role', 'aria-autocomplete', 'aria-controls', 'aria-expanded', 'aria-activedescendant'];

/** The option a step away from `active` (-1: none), round the ends of a list of `count`. */
export function moveActive(active: number, step: 1 | -1, count: number): number {
  if (!count) return -1;
  if (active < 0) return step === 1 ? 0 : count - 1;
  return (active + step + count) % count;
}

/** Subscribes to the box's text, for useSyncExternalStore: typing, and the form emptying the box. */
function watchBox(input: RefObject<HTMLInputElement | null>) {
  return (changed: () => void) => {
    const element = input.current;
    const form = element?.form;
    // 'reset' comes before the form empties its fields: look once it has.
    const emptied = () => queueMicrotask(changed);
    element?.addEventListener('input', changed);
    form?.addEventListener('reset', emptied);
    return () => {
      element?.removeEventListener('input', changed);
      form?.removeEventListener('reset', emptied);
    };
  };
}

/**
 * Turns the header's search box into a combobox with a list of suggestions:
 * up to six reviews whose title, director or cast match what is typed, and
 * always, last, "Search inside reviews for ‘…’". Up and Down move through
 * them, Enter opens the one chosen (or, with none chosen, the form searches
 * inside reviews), Escape closes the list; a click or a tap opens one.
 *
 * The box itself belongs to the header and stays the same element: this code
 * arrives after the reader has focused it, perhaps typing already, and taking
 * it over keeps their focus, text and phone keyboard where they are.
 */
export function HeaderSuggestions({ input }: { input: RefObject<HTMLInputElement | null> }) {
  const id = useId();
  const listbox = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const navigate = useNavigate();
  const client = useQueryClient();
  const { announce } = useAnnouncer();
  // What is in the box, read from it: whatever was typed before this code arrived included.
  const typed = useSyncExternalStore(
    useMemo(() => watchBox(input), [input]),
    () => input.current?.value ?? '',
  );
  // The text the list was closed on (Escape, leaving the box): it opens again when the text changes.
  const [closedOn, setClosedOn] = useState<string | null>(null);
  // The option the keys are on, and the text it was chosen on: typing leaves it.
  const [active, setActive] = useState({ typed: '', index: -1 });

  const query = typed.replace(/\s+/g, ' ').trim();
  const { data: entry } = useQuery(entryQuery());
  useEffect(() => {
    if (entry) prepareSuggestions(client, entry);
  }, [client, entry]);
  const suggestions = useQuery({
    ...suggestionsQuery(entry?.build ?? '', query),
    enabled: !!entry && query !== '',
    // While the next keystroke's matches load, the last ones stay (no flicker).
    placeholderData: keepPreviousData,
  });
  const cards = query ? (suggestions.data ?? []) : [];
  const count = query ? cards.length + 1 : 0;
  const expanded = closedOn !== typed && count > 0;
  const current = expanded && active.typed === typed && active.index < count ? active.index : -1;

  const choose = (index: number) => {
    const card = cards[index];
    void navigate(card ? paths.review(card.slug) : paths.search(query));
    // Done with: the box empties for the next search (the search page has its own box, with the query).
    input.current?.form?.reset();
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      setClosedOn(null);
      // Alt+Down only opens the list.
      if (!event.altKey) setActive({ typed, index: moveActive(current, event.key === 'ArrowDown' ? 1 : -1, count) });
    } else if (event.key === 'Enter' && current >= 0) {
      // Without an option chosen, Enter submits the form: the search inside reviews.
      event.preventDefault();
      choose(current);
    } else if (event.key === 'Escape' && expanded) {
      // Only the list closes; a second Escape empties the box, as a search box does.
      event.preventDefault();
      setClosedOn(typed);
    }
  });
  const onBlur = useEffectEvent(() => setClosedOn(typed));
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const keys = (event: KeyboardEvent) => onKeyDown(event);
    const leave = () => onBlur();
    element.addEventListener('keydown', keys);
    element.addEventListener('blur', leave);
    return () => {
      element.removeEventListener('keydown', keys);
      element.removeEventListener('blur', leave);
      for (const name of COMBOBOX_ATTRIBUTES) element.removeAttribute(name);
    };
  }, [input]);
  // The header renders the box; its combobox state is this component's, written onto it on every render.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.setAttribute('role', 'combobox');
    element.setAttribute('aria-autocomplete', 'list');
    element.setAttribute('aria-controls', listbox);
    element.setAttribute('aria-expanded', String(expanded));
    if (current >= 0) element.setAttribute('aria-activedescendant', optionId(current));
    else element.removeAttribute('aria-activedescendant');
  });
  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView?.({ block: 'nearest' });
  });

  // Said once the matches of what is typed are in, and again only when the number changes.
  const message =
    expanded && suggestions.isSuccess && !suggestions.isPlaceholderData
      ? cards.length
        ? countOf(cards.length, 'suggestion')
        : 'No titles or names match'
      : null;
  useEffect(() => {
    if (message) announce(message);
  }, [announce, message]);

  return (
    <ul
      id={listbox}
      role="listbox"
      aria-label="Suggestions"
      className={styles.options}
      hidden={!expanded}
      // A press on an option must not take focus from the box: on a phone the open search would close under it.
      onMouseDown={(event) => event.preventDefault()}
    >
      {cards.map((card, index) => (
        // Chosen with the keys from the box (aria-activedescendant), never focused: a click or tap is all an option takes.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={card.slug}
          id={optionId(index)}
          role="option"
          aria-selected={index === current}
          className={styles.option}
          onClick={() => choose(index)}
        >
          <span>
            <span className={styles.title}>{card.film.title}</span>{' '}
            <span className={styles.year}>{card.film.year}</span>
          </span>{' '}
          <Stars rating={card.rating} />
        </li>
      ))}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events -- chosen with the keys from the box, as above */}
      <li
        id={optionId(cards.length)}
        role="option"
        aria-selected={current === cards.length}
        className={`${styles.option} ${styles.inside}`}
        onClick={() => choose(cards.length)}
      >
        <span className="search-icon" aria-hidden="true" />
        <span>Search inside reviews for ‘{query}’</span>
      </li>
    </ul>
  );
}
