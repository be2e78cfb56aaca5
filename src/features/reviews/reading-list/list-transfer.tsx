import { useId, useRef, useState } from 'react';
import { exportJson, importJson } from './reading-list-store';
import styles from './reading-list.module.css';

/**
 * The reading list and read marks, to a file and back: to move them to
 * another browser, or keep them safe. An import adds to what is here; a file
 * that is not a Reel Notes reading list is refused, saying why.
 */
const counted = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;

export function ListTransfer() {
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const download = () => {
    const url = URL.createObjectURL(new Blob([exportJson()], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'reel-notes-reading-list.json' });
    link.click();
    URL.revokeObjectURL(url);
    setMessage({ text: 'Your reading list was saved as reel-notes-reading-list.json.', problem: false });
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result =
      file.size > 5_000_000
        ? { ok: false as const, reason: 'This file is far too large to be a reading list.' }
        : importJson(await file.text());
    setMessage(
      result.ok
        ? {
            text: `Added ${counted(result.saved, 'saved review')} and ${counted(result.read, 'read mark')} from ${file.name}.`,
            problem: false,
          }
        : { text: result.reason, problem: true },
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
      <p role={message?.problem ? 'alert' : 'status'} className={message?.problem ? styles.problem : undefined}>
        {message?.text}
      </p>
    </section>
  );
}
