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
 * is made of stand-in letters and hidden from screen readers; the words stay
 * out of view (display: none) until shown.
 *
 * Before (and without) JavaScript, a checkbox holds the choice and the
 * controls are its labels, which the stylesheet toggles; once the app has
 * hydrated, they are buttons, and focus moves to what was revealed (and back
 * to Show after Hide).
 */
export function Spoiler({ block = false, show = 'Show spoiler', note, mask, children }: SpoilerProps) {
  const [hide] = useHideSpoilers();
  const hydrated = useHydrated();
  const [choice, setChoice] = useState<boolean | null>(null);
  const shown = choice ?? !hide;
  const id = useId();
  const root = useRef<HTMLDivElement & HTMLSpanElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current) root.current?.querySelector<HTMLElement>(shown ? `.${styles.content}` : 'button')?.focus();
    refocus.current = false;
  }, [shown]);

  // Once hydrated, what is not in use is hidden outright (the checkbox and stylesheet do it before).
  const hiddenUnless = (visible: boolean) => hydrated && !visible;
  const control = (className: string | undefined, label: ReactNode, next: boolean) =>
    hydrated ? (
      <button
        type="button"
        className={className}
        hidden={shown === next}
        onClick={() => {
          refocus.current = true;
          setChoice(next);
        }}
      >
        {label}
      </button>
    ) : (
      <label htmlFor={id} className={className}>
        {label}
      </label>
    );
  const hideControl = control(
    styles.hide,
    <>
      Hide <span className="visually-hidden">spoiler</span>
    </>,
    false,
  );
  const Tag = block ? 'div' : 'span';
  return (
    <Tag
      ref={root}
      className={`${styles.spoiler} ${block ? styles.block : styles.inline}`}
      data-shown={hydrated ? shown : undefined}
    >
      {!hydrated && <input id={id} type="checkbox" className={styles.state} defaultChecked={shown} />}
      {note && (
        <span className={styles.note} hidden={hiddenUnless(!shown)}>
          {note}
        </span>
      )}
      {control(styles.show, show, true)}
      {mask && (
        // Every letter an "x": the same length and word breaks, none of the meaning.
        <span className={styles.masked} aria-hidden="true" hidden={hiddenUnless(!shown)}>
          <span className={styles.mask}>{mask.replace(/\S/gu, 'x')}</span>
        </span>
      )}
      {block && hideControl}
      <Tag className={styles.content} tabIndex={-1} hidden={hiddenUnless(shown)}>
        {children}
      </Tag>
      {!block && hideControl}
    </Tag>
  );
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
