import { useEffect, useId, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { paths } from '@/config/paths';
import { MAX_TEXT_QUERY, searchString } from './search-location';
import { prefetchWhileTyping } from './search-queries';
import styles from './search.module.css';

/** A pause in typing this long starts a search. */
export const TYPING_PAUSE_MS = 150;

interface SearchBoxProps {
  query: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Keys that move focus to the results (Down). */
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}

/**
 * The search box. The URL owns the query: typing writes it there after a
 * short pause (Enter at once), replacing the history entry. Uncontrolled, so
 * what the reader is typing is never rewritten under them; it follows the URL
 * only when the query changes elsewhere (Back, a link), never while it has
 * focus. The index's chunks for the words start downloading as they are
 * typed. A plain form underneath: without JavaScript, Enter still searches.
 */
export function SearchBox({ query, inputRef, onKeyDown }: SearchBoxProps) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { search } = useLocation();
  const action = useHref(paths.search());
  const id = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const input = inputRef.current;
    if (input && input !== document.activeElement) input.value = query;
  }, [query, inputRef]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const searchFor = (value: string) => {
    clearTimeout(timer.current);
    const next = searchString(value, new URLSearchParams(search));
    if (next !== search) void navigate({ search: next }, { replace: true, preventScrollReset: true });
  };

  return (
    <search className={styles.search}>
      <form
        action={action}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          searchFor(inputRef.current?.value ?? '');
        }}
      >
        <label htmlFor={id}>Search inside reviews</label>
        <input
          ref={inputRef}
          id={id}
          name="q"
          type="search"
          className="text-field"
          defaultValue={query}
          maxLength={MAX_TEXT_QUERY}
          autoComplete="off"
          enterKeyHint="search"
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const { value } = event.target;
            prefetchWhileTyping(queryClient, value);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => searchFor(value), TYPING_PAUSE_MS);
          }}
          onKeyDown={onKeyDown}
        />
        <p id={`${id}-hint`} className={styles.hint}>
          Any words, or “a phrase in double quotes”, in the headline, text and verdict of every review.
        </p>
      </form>
    </search>
  );
}
