/**
 * A lead image's placeholder: its colours on a small grid, blurred by the
 * page while the picture loads. The build draws it (scripts/images/), the
 * schema checks it, the picture's code (in its own lazy chunk) paints it.
 */
export const PREVIEW_COLUMNS = 6;
export const PREVIEW_ROWS = 4;
