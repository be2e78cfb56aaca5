/** "1 review", "20,000 reviews". */
export function reviewCount(count: number): string {
  return `${count.toLocaleString('en-GB')} review${count === 1 ? '' : 's'}`;
}
