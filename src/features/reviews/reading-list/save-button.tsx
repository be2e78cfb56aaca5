import { useAnnouncer } from '@/components/announcer';
import type { Card } from '../format/card-schema';
import { dropOfflineCopy, keepOfflineCopy } from './offline-copies';
import { save, unsave } from './reading-list-store';
import { useIsSaved } from './use-reading-list';
import styles from './reading-list.module.css';

/**
 * Saves a review to the reading list, and keeps a copy of it for reading
 * offline; pressed again, takes it out. A toggle button: screen readers hear
 * "Save Ballerina (2023), toggle button, pressed".
 */
export function SaveButton({ card }: { card: Card }) {
  const saved = useIsSaved(card.slug);
  const { announce } = useAnnouncer();
  const name = `${card.film.title} (${card.film.year})`;
  const toggle = async () => {
    if (saved) {
      unsave(card.slug);
      announce(`Removed ${name} from your reading list.`);
      await dropOfflineCopy(card.slug);
      return;
    }
    save(card);
    const offline = await keepOfflineCopy(card.slug);
    announce(`Saved ${name} to your reading list${offline ? ', readable offline' : ''}.`);
  };
  return (
    <button type="button" className={`button ${styles.save}`} aria-pressed={saved} onClick={() => void toggle()}>
      <span aria-hidden="true">{saved ? '★' : '☆'}</span> {saved ? 'Saved' : 'Save'}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
