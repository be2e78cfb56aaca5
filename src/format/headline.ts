/**
 * What a headline says after its title: "‘Ballerina’ review — a neon-lit
 * revenge thriller…" gives "a neon-lit revenge thriller…", for a card or a
 * share image that shows the title already. A headline without a dash is
 * kept whole.
 */
export function headlineAfterTitle(headline: string): string {
  return (
    headline
      .split(/\s[—–]\s/)
      .slice(1)
      .join(' — ') || headline
  );
}
