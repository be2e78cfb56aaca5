/** A link to another review of this site, `/reviews/<slug>`: its slug is the first group. */
export const REVIEW_LINK = /^\/reviews\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
