import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

interface Announcer {
  /** Says a message in the polite live region without moving focus. */
  announce: (message: string) => void;
  /** The last pathname whose page was announced: route changes are told apart from filter changes. */
  announcedPathRef: { current: string | null };
}

const AnnouncerContext = createContext<Announcer | null>(null);

/** One polite live region for the whole app: page changes and result counts. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announcedPathRef = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback((next: string) => {
    // Clear first, so the same words said twice are still read out.
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 100);
  }, []);
  // A message still waiting when the app goes away is never said.
  useEffect(() => () => clearTimeout(timer.current), []);
  const value = useMemo(() => ({ announce, announcedPathRef }), [announce]);
  return (
    <AnnouncerContext value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext>
  );
}

export function useAnnouncer(): Announcer {
  const announcer = use(AnnouncerContext);
  if (!announcer) throw new Error('useAnnouncer needs an AnnouncerProvider');
  return announcer;
}
