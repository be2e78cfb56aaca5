import { useId, useRef, useState } from 'react';
import { countOf, plural } from '@/lib/plural';
import { readingList } from './reading-list-store';
import { exportJson, importJson, type ImportCounts } from './reading-list-transfer';
import { notKept } from './storage-problem';
import { useReadingList } from './use-reading-list';
import styles from './reading-list.module.css';

const MAX_FILE_BYTES = 5_000_000;

/** "Added 3 saved reviews and 1 read mark from list.json; 2 were already here." */
function importMessage({ saved, read, already, invalid }: ImportCounts, file: string): string {
  const added = [saved && countOf(saved, 'saved review'), read && countOf(read, 'read mark')].filter(Boolean);
  const details = [
    already && `${already} ${plural(already, 'was', 'were')} already here`,
    invalid &&
      `${countOf(invalid, 'entry', 'entries')} could not be read and ${plural(invalid, 'was', 'were')} left out`,
  ].filter(Boolean);
  const text = added.length ? `Added ${added.join(' and ')} from ${file}` : `Nothing new in ${file}`;
  return `${[text, details.join('; ')].filter(Boolean).join(added.length ? '; ' : ': ')}.`;
}

/**
 * The reading list and read marks, to a file and back: to move them to
 * another browser, or keep them safe. An import adds to what is here, and
 * says what it added; a file that is not a Reel Notes reading list is
 * refused, saying why.
 */
export function ListTransfer() {
  const list = useReadingList();
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const download = () => {
    // What this version can read of a newer version's list may not be all of it.
    if (list.newer) return setMessage({ text: notKept('Couldn’t export your list', 'newer'), problem: true });
    const url = URL.createObjectURL(new Blob([exportJson(list)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'reel-notes-reading-list.json' });
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ text: 'Your reading list was saved as reel-notes-reading-list.json.', problem: false });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result =
      file.size > MAX_FILE_BYTES
        ? 'This file is far too large to be a reading list.'
        : importJson(readingList, await file.text());
    setMessage(
      typeof result === 'string'
        ? { text: result, problem: true }
        : { text: importMessage(result, file.name), problem: false },
    );
    if (input.current) input.current.value = '';
  };
  return (
    <section className={styles.transfer} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Move your reading list</h2>
      <p>Your list and read marks live in this browser. Export them to a file, or import a file exported before.</p>
      <div className={styles.readControls}>
        <button type="button" className="button" onClick={download}>
          Export reading list
        </button>
        <label className="button" htmlFor={id}>
          Import a reading list…
        </label>
        <input
          ref={input}
          id={id}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(event) => void upload(event.target.files?.[0])}
        />
      </div>
      {/* One polite region for every outcome, there before it speaks, so each message is read out. */}
      <p role="status" className={message?.problem ? styles.problem : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
