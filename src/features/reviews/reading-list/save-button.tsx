import { useState } from 'react';
import { useAnnouncer } from '@/components/announcer';
import type { Card } from '@/format/card-schema';
import { dropOfflineCopy, keepOfflineCopy } from './offline-copies';
import { readingList } from './reading-list-store';
import { notKept } from './storage-problem';
import { useIsSaved } from './use-reading-list';
import styles from './reading-list.module.css';

/**
 * Saves a review to the reading list, and keeps a copy of it for reading
 * offline; pressed again, takes it out. A toggle button with a bookmark
 * (never a star: that is the rating's): screen readers hear "Saved
 * Ballerina (2023), toggle button, pressed". When storage cannot keep
 * the change, the button stays as it was and the reader is told why.
 */
export function SaveButton({ card }: { card: Card }) {
  const saved = useIsSaved(card.slug);
  const { announce } = useAnnouncer();
  const [problem, setProblem] = useState('');
  const name = `${card.film.title} (${card.film.year})`;
  const toggle = async () => {
    const message = notKept(
      `Couldn’t ${saved ? 'remove' : 'save'} ${name}`,
      saved ? readingList.unsave(card.slug) : readingList.save(card),
    );
    setProblem(message);
    if (message) return announce(message);
    if (saved) {
      announce(`Removed ${name} from your reading list.`);
      return dropOfflineCopy(card.slug);
    }
    const offline = await keepOfflineCopy(card.slug);
    announce(`Saved ${name} to your reading list${offline ? ', readable offline' : ''}.`);
  };
  return (
    <>
      <button type="button" className={`button ${styles.save}`} aria-pressed={saved} onClick={() => void toggle()}>
        <span className={styles.bookmark} aria-hidden="true" />
        {saved ? 'Saved' : 'Save'}
        <span className="visually-hidden"> {name}</span>
      </button>
      {problem && <p className={styles.problem}>{problem}</p>}
    </>
  );
}
