import { lazy, Suspense, useSyncExternalStore } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { ReviewCardSkeleton } from '../components/review-card-skeleton';
import { reviewCount } from '../count';
import type { ReadingListState } from './reading-list-store';
import { notKept } from './storage-problem';
import { useReadingList } from './use-reading-list';
import styles from './reading-list.module.css';
import grid from '../components/card-grid.module.css';

const subscribeNever = () => () => {};
// Cards are list code: here they arrive after the page, each with its skeleton meanwhile.
const ReviewCard = lazy(async () => ({ default: (await import('../components/review-card')).ReviewCard }));
// Export and import, below the list, arrive after it: /saved's first load has no room for them.
const ListTransfer = lazy(async () => ({ default: (await import('./list-transfer')).ListTransfer }));

/**
 * The reading list: the reviews saved on this device, most recently saved
 * first, as cards (kept with the list, so they show offline too). Prerendered
 * pages know no reader: until the page runs here, it says where the list lives.
 */
export function SavedList() {
  const list = useReadingList();
  const onDevice = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  if (!onDevice) return <p className={grid.count}>Your reading list is kept on this device.</p>;
  return (
    <>
      <p className={grid.count}>
        {list.saved.length ? reviewCount(list.saved.length) : 'Nothing saved yet'}
        {list.read.length > 0 && ` · ${reviewCount(list.read.length)} marked as read`}
      </p>
      <StorageNotes list={list} />
      {list.saved.length ? (
        <ol className={grid.grid}>
          {list.saved.map(({ card }) => (
            <li key={card.slug}>
              <Suspense fallback={<ReviewCardSkeleton />}>
                <ReviewCard review={card} />
              </Suspense>
            </li>
          ))}
        </ol>
      ) : (
        <p>
          Press <strong>Save</strong> on any review to keep it here; saved reviews stay readable offline.{' '}
          <Link to={paths.home()}>Browse the latest reviews</Link>.
        </p>
      )}
      <Suspense fallback={null}>
        <ListTransfer />
      </Suspense>
    </>
  );
}

/** What the reader should know about their stored list: entries set aside, a newer version's list. */
function StorageNotes({ list }: { list: ReadingListState }) {
  const count = list.setAside.length;
  return (
    <>
      {list.newer && <p className={styles.notice}>{notKept('Changes can’t be saved here', 'newer')}</p>}
      {count > 0 && (
        <p className={styles.notice}>
          {count === 1 ? 'One entry' : `${count} entries`} in your list could not be read by this version of Reel Notes:
          kept in this browser, and in your exports.
        </p>
      )}
    </>
  );
}
