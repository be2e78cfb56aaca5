import { useId, useRef, useState } from 'react';
import { readingList } from './reading-list-store';
import { exportJson, importJson, type ImportResult } from './reading-list-transfer';
import { notKept } from './storage-problem';
import { useReadingList } from './use-reading-list';
import styles from './reading-list.module.css';

/**
 * The reading list and read marks, to a file and back: to move them to
 * another browser, or keep them safe. An import adds to what is here, and
 * says what it added; a file that is not a Reel Notes reading list is
 * refused, saying why.
 */
const counted = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
const MAX_FILE_BYTES = 5_000_000;

/** "Added 3 saved reviews and 1 read mark from list.json; 2 were already here." */
export function importMessage(result: ImportResult, file: string): { text: string; problem: boolean } {
  if (!result.ok) {
    return {
      text: 'problem' in result ? notKept('Nothing was imported', result.problem) : result.reason,
      problem: true,
    };
  }
  const added = [
    result.saved > 0 && counted(result.saved, 'saved review'),
    result.read > 0 && counted(result.read, 'read mark'),
  ].filter(Boolean);
  const details = [
    result.already > 0 && `${result.already} ${result.already === 1 ? 'was' : 'were'} already here`,
    result.invalid > 0 &&
      `${result.invalid} ${result.invalid === 1 ? 'entry' : 'entries'} could not be read and ${result.invalid === 1 ? 'was' : 'were'} left out`,
  ].filter(Boolean);
  const text = added.length
    ? `Added ${added.join(' and ')} from ${file}${details.map((detail) => `; ${detail}`).join('')}.`
    : `Nothing new in ${file}: ${details.join('; ') || 'it holds no saved reviews or read marks'}.`;
  return { text, problem: false };
}

export function ListTransfer() {
  const list = useReadingList();
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const download = () => {
    if (list.status === 'newer') {
      return setMessage({
        text: 'Reload this page first: a newer version of Reel Notes has changed your list.',
        problem: true,
      });
    }
    const url = URL.createObjectURL(new Blob([exportJson(list)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'reel-notes-reading-list.json' });
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ text: 'Your reading list was saved as reel-notes-reading-list.json.', problem: false });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result: ImportResult =
      file.size > MAX_FILE_BYTES
        ? { ok: false, reason: 'This file is far too large to be a reading list.' }
        : importJson(readingList, await file.text());
    setMessage(importMessage(result, file.name));
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
