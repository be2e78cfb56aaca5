import { lazy, Suspense, useRef, useState } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import { paths } from '@/config/paths';
import styles from './layout.module.css';

// The suggestions' code and data arrive once the box has focus: nothing of them is in any page's first load.
const HeaderSuggestions = lazy(async () => ({
  default: (await import('@/features/reviews/search/suggest/header-suggestions')).HeaderSuggestions,
}));

/**
 * The masthead's search, on every page: a plain form to /search?q=…, so that
 * it works before and without JavaScript (Enter searches inside reviews).
 * Focused, it suggests reviews by title, director and cast. On phones it
 * rests as its magnifying glass and, focused, opens over the masthead's row
 * (the stylesheet does it, so that works without JavaScript too).
 */
export function HeaderSearch() {
  const input = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  const navigate = useNavigate();
  return (
    <form
      role="search"
      action={useHref(paths.search())}
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate(paths.search(input.current!.value.trim()));
        event.currentTarget.reset();
      }}
    >
      <label className={styles.searchField}>
        <span className="search-icon" aria-hidden="true" />
        <span className="visually-hidden">Search reviews</span>
        <input
          ref={input}
          name="q"
          type="search"
          className="text-field"
          placeholder="Films, people or words"
          autoComplete="off"
          enterKeyHint="search"
          onFocus={() => setFocused(true)}
        />
      </label>
      {focused && (
        <Suspense fallback={null}>
          <HeaderSuggestions input={input} />
        </Suspense>
      )}
    </form>
  );
}
