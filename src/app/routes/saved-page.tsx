import { PageMeta } from '@/components/page-meta';
import { SavedList } from '@/features/reviews/reading-list/saved-list';

/** /saved: the reader's reading list, kept on this device. */
export function SavedPage() {
  return (
    <>
      <PageMeta
        title="Your reading list"
        description="The reviews you saved on this device, to read later and offline."
      />
      <h1>Your reading list</h1>
      <SavedList />
    </>
  );
}
