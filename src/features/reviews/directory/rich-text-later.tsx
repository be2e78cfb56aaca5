import { lazy, Suspense } from 'react';
import type { Block, Inline } from '@/format/rich-text-schema';

// The review page's rich text: in the prerendered HTML at once, its code after these pages have painted.
const Blocks = lazy(async () => ({ default: (await import('../review/rich-text')).RichBlocks }));
const Inlines = lazy(async () => ({ default: (await import('../review/rich-text')).RichInlines }));

/** A critic's biography, a list's introduction: rich text drawn as a review's body is. */
export function RichBlocksLater({ blocks }: { blocks: readonly (string | Block)[] }) {
  return (
    <Suspense>
      <Blocks blocks={blocks} />
    </Suspense>
  );
}

/** A critic's note on a film: plain text at once, or rich text drawn as a review's verdict is. */
export function NoteText({ note }: { note: string | readonly Inline[] }) {
  if (typeof note === 'string') return note;
  return (
    <Suspense>
      <Inlines nodes={note} />
    </Suspense>
  );
}
