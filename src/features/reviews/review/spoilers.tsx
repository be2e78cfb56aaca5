import { useId, useState, type ReactNode } from 'react';
import { useStoredSetting } from '@/lib/stored-setting';
import styles from './spoilers.module.css';

/** The reader's choice, on this device: hide marked spoilers until asked (the default), or show them. */
export function useHideSpoilers() {
  return useStoredSetting('reel-notes:hide-spoilers', true);
}

/**
 * A passage or a section that gives something away, hidden until the reader
 * asks. A checkbox, so it works before (and without) JavaScript: the
 * stylesheet shows the text once it is ticked. Screen readers hear "Reveal
 * spoiler, checkbox, not checked", and nothing of the hidden text.
 */
export function Spoiler({ block = false, label, children }: { block?: boolean; label?: string; children: ReactNode }) {
  const [hide] = useHideSpoilers();
  const [choice, setChoice] = useState<boolean | null>(null);
  const id = useId();
  const Wrapper = block ? 'div' : 'span';
  return (
    <Wrapper className={block ? styles.block : styles.inline}>
      <label className={styles.toggle} htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={choice ?? !hide}
          onChange={(event) => setChoice(event.target.checked)}
        />
        <span className={styles.label}>{label ?? 'Reveal spoiler'}</span>
      </label>
      <Wrapper className={styles.content}>{children}</Wrapper>
    </Wrapper>
  );
}

/** The reader-wide switch: hide marked spoilers on every review, or show them. */
export function HideSpoilersSwitch() {
  const [hide, setHide] = useHideSpoilers();
  return (
    <label className={styles.preference}>
      <input type="checkbox" role="switch" checked={hide} onChange={(event) => setHide(event.target.checked)} />
      Hide spoilers on every review
    </label>
  );
}
