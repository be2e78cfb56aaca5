import { useEffect, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { reviewKeys } from '../api/review-queries';
import type { Card } from '@/format/card-schema';

/**
 * The card of a review that is still loading, when this visit already has it:
 * from a list, search results or related reviews in the query cache (at
 * once), or from the reading list (a moment later: its chunk loads first).
 */
export function useKnownCard(slug: string): Card | undefined {
  const client = useQueryClient();
  const [saved, setSaved] = useState<Card>();
  const cached = cardInCache(client, slug);
  useEffect(() => {
    if (cached) return;
    let current = true;
    void import('../reading-list/reading-list-store').then(({ readingList }) => {
      const entry = readingList.getSnapshot().saved.find((item) => item.slug === slug);
      if (current && entry) setSaved(entry.card);
    });
    return () => {
      current = false;
    };
  }, [cached, slug]);
  return cached ?? (saved?.slug === slug ? saved : undefined);
}

/** Looks through what the cache holds (checked at the boundary already) for a card with this slug. */
function cardInCache(client: QueryClient, slug: string): Card | undefined {
  for (const [, data] of client.getQueriesData({ queryKey: reviewKeys.all })) {
    const card = find(data, slug, 4);
    if (card) return card;
  }
}

function find(value: unknown, slug: string, depth: number): Card | undefined {
  // Typed arrays (the filter index) hold numbers only; the depth keeps the walk short.
  if (!value || typeof value !== 'object' || depth < 0 || ArrayBuffer.isView(value)) return;
  const candidate = value as Partial<Card>;
  if (candidate.slug === slug && typeof candidate.film?.title === 'string' && typeof candidate.headline === 'string') {
    return candidate as Card;
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    const card = find(child, slug, depth - 1);
    if (card) return card;
  }
}
