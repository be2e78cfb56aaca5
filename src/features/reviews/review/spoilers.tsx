import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { useStoredSetting } from '@/lib/stored-setting';
import styles from './spoilers.module.css';

/** The reader's choice, on this device: hide marked spoilers until asked (the default), or show them. */
export function useHideSpoilers() {
  return useStoredSetting('reel-notes:hide-spoilers', true);
}

interface SpoilerProps {
  /** A section (a panel) rather than a passage inside a sentence. */
  block?: boolean;
  /** What the button says: "Show spoiler" unless told. */
  show?: string;
  /** A calm line above the button of a section, such as "This review discusses the ending." */
  note?: string;
  /** The hidden words' shape: stands in for them, masked, so the sentence keeps its length. */
  mask?: string;
  children: ReactNode;
}

/**
 * A passage or a section that gives something away: shown masked, with one
 * button, until the reader asks; then plain text with a small Hide. The mask
 * is made of stand-in letters and hidden from screen readers, so nothing of
 * the spoiler is in the page until it is shown.
 *
 * Before (and without) JavaScript it is a checkbox and two labels that the
 * stylesheet toggles; once the app has hydrated, real buttons, and focus moves
 * to what was revealed (and back to Show after Hide).
 */
export function Spoiler({ block = false, show = 'Show spoiler', note, mask, children }: SpoilerProps) {
  const [hide] = useHideSpoilers();
  const hydrated = useHydrated();
  const [choice, setChoice] = useState<boolean | null>(null);
  const shown = choice ?? !hide;
  const id = useId();
  const focusAfter = useRef<'content' | 'show' | null>(null);
  const content = useRef<HTMLDivElement & HTMLSpanElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const target = focusAfter.current === 'content' ? content.current : showButton.current;
    if (focusAfter.current) target?.focus();
    focusAfter.current = null;
  }, [shown]);

  const Tag = block ? 'div' : 'span';
  const masked = mask && (
    <span className={styles.masked} aria-hidden="true">
      <span className={styles.mask}>{maskLetters(mask)}</span>
    </span>
  );
  const noteLine = note && <span className={styles.note}>{note}</span>;
  const hideLabel = (
    <>
      Hide <span className="visually-hidden">spoiler</span>
    </>
  );

  if (!hydrated) {
    return (
      <Tag className={`${styles.spoiler} ${block ? styles.block : styles.inline}`}>
        <input id={id} type="checkbox" className={styles.state} defaultChecked={shown} />
        {noteLine}
        <label htmlFor={id} className={styles.show}>
          {show}
        </label>
        {masked}
        {block && (
          <label htmlFor={id} className={styles.hide}>
            {hideLabel}
          </label>
        )}
        <Tag className={styles.content}>{children}</Tag>
        {!block && (
          <label htmlFor={id} className={styles.hide}>
            {hideLabel}
          </label>
        )}
      </Tag>
    );
  }

  const hideButton = (
    <button
      type="button"
      className={styles.hide}
      onClick={() => {
        focusAfter.current = 'show';
        setChoice(false);
      }}
    >
      {hideLabel}
    </button>
  );
  return (
    <Tag className={`${styles.spoiler} ${block ? styles.block : styles.inline}`} data-shown={shown}>
      {shown ? (
        <>
          {block && hideButton}
          <Tag className={styles.content} ref={content} tabIndex={-1}>
            {children}
          </Tag>
          {!block && hideButton}
        </>
      ) : (
        <>
          {noteLine}
          <button
            type="button"
            ref={showButton}
            className={styles.show}
            onClick={() => {
              focusAfter.current = 'content';
              setChoice(true);
            }}
          >
            {show}
          </button>
          {masked}
        </>
      )}
    </Tag>
  );
}

/** Every letter of the hidden words as an "x": the same length and word breaks, none of the meaning. */
function maskLetters(text: string): string {
  return text.replace(/\S/gu, 'x');
}

/** The reader-wide switch: hide marked spoilers on every review, or show them. */
export function HideSpoilersSwitch() {
  const [hide, setHide] = useHideSpoilers();
  return (
    <label className={styles.preference}>
      <input
        type="checkbox"
        role="switch"
        className={styles.switch}
        checked={hide}
        onChange={(event) => setHide(event.target.checked)}
      />
      Hide spoilers on every review
    </label>
  );
}
