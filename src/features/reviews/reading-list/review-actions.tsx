import { useEffect, useRef, useState } from 'react';
import { useAnnouncer } from '@/components/announcer';
import type { Card } from '@/format/card-schema';
import { readingList } from './reading-list-store';
import { SaveButton } from './save-button';
import { notKept } from './storage-problem';
import { useIsRead } from './use-reading-list';
import styles from './reading-list.module.css';

/** A review's own actions: save it, and mark it as read (or not). */
export function ReviewActions({ card }: { card: Card }) {
  const read = useIsRead(card.slug);
  const { announce } = useAnnouncer();
  const [problem, setProblem] = useState('');
  const toggleRead = () => {
    const message = notKept(
      `Couldn’t mark this review as ${read ? 'not read' : 'read'}`,
      read ? readingList.markUnread(card.slug) : readingList.markRead(card.slug),
    );
    setProblem(message);
    announce(message || (read ? 'Marked as not read yet.' : 'Marked as read.'));
  };
  return (
    <div className={styles.readControls}>
      <SaveButton card={card} />
      <button type="button" className="button" onClick={toggleRead}>
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      {read && <span className={styles.readBadge}>Read</span>}
      {problem && <p className={styles.problem}>{problem}</p>}
    </div>
  );
}

/** How long the end of a review must stay in view before it counts as read: a glance is not reading. */
const DWELL_MS = 2_000;

/**
 * Placed after the verdict: once the reader has reached the end (and stayed a
 * moment), the review is marked as read, with an Undo.
 */
export function ReadAtEnd({ slug }: { slug: string }) {
  const read = useIsRead(slug);
  // Once a visit: after an Undo (or Mark as unread) the reader is still at the end, and means it.
  const [justMarked, setJustMarked] = useState(false);
  const [problem, setProblem] = useState('');
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = sentinel.current;
    if (read || justMarked || !element || typeof IntersectionObserver === 'undefined') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(([entry]) => {
      clearTimeout(timer);
      if (!entry?.isIntersecting) return;
      timer = setTimeout(() => {
        setJustMarked(true);
        setProblem(
          notKept('You reached the end, but this review couldn’t be marked as read', readingList.markRead(slug)),
        );
      }, DWELL_MS);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [read, justMarked, slug]);
  return (
    <div ref={sentinel}>
      {justMarked && (
        <p className={styles.notice} role="status">
          {problem ||
            (read ? (
              <>
                You reached the end: marked as read.{' '}
                <button
                  type="button"
                  className="button"
                  onClick={() => setProblem(notKept('Couldn’t leave it unread', readingList.markUnread(slug)))}
                >
                  Undo
                </button>
              </>
            ) : (
              'Left unread.'
            ))}
        </p>
      )}
    </div>
  );
}
