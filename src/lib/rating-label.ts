/** "4 out of 5 stars", "4.5 out of 5 stars": how a rating is said, to screen readers and in image descriptions. */
export function ratingLabel(rating: number): string {
  return `${rating} out of 5 stars`;
}
