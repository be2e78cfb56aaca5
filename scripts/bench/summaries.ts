/** Summaries of timed changes: how many there were, how they went, and their percentiles. */
import type { ChangeOutcome } from './page-probe';
import { percentile } from './stats';

export interface ChangeRecord {
  label: string;
  outcome: ChangeOutcome | 'error';
  /** Input event → the next paint, whatever changed, ms. */
  nextPaintMs: number | null;
  /** Input event → the paint after the list first changed, ms. */
  changedMs: number | null;
  /** Input event → the paint after the list was complete (new cards, not busy), ms. */
  completeMs: number | null;
  /** Input event → the last change of the list (the DOM change that made it complete), ms. */
  completeDomMs: number | null;
  /** Data requests (fetch()) the page started from the input event until the change settled. */
  requests: number;
  /** Images (the new cards' thumbnails) it started in that time. */
  imageRequests: number;
}

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
}

export interface ChangeSummary {
  /** Changes made. */
  made: number;
  /** Changes that changed the list: the ones timed. */
  timed: number;
  /** Changes that left the list as it was (a one-letter search, a longer prefix with the same matches). */
  unchanged: number;
  /** Changes with no list in TIMEOUTS.changeMs, no input event, or an error in the action. */
  failed: number;
  changed: Percentiles;
  complete: Percentiles;
  completeDom: Percentiles;
  /** Input event → next paint, over every change made (timed or not). */
  nextPaint: Percentiles;
  /** Requests per timed change. */
  requests: Percentiles;
  imageRequests: Percentiles;
  records: ChangeRecord[];
}

function percentiles(values: number[]): Percentiles {
  return { p50: percentile(values, 50), p95: percentile(values, 95), max: percentile(values, 100) };
}

export function summariseChanges(records: ChangeRecord[]): ChangeSummary {
  const timed = records.filter((record) => record.outcome === 'changed');
  return {
    made: records.length,
    timed: timed.length,
    unchanged: records.filter((record) => record.outcome === 'unchanged').length,
    failed: records.filter((record) => !['changed', 'unchanged'].includes(record.outcome)).length,
    changed: percentiles(timed.map((record) => record.changedMs!)),
    complete: percentiles(timed.map((record) => record.completeMs!)),
    completeDom: percentiles(timed.map((record) => record.completeDomMs!)),
    requests: percentiles(timed.map((record) => record.requests)),
    imageRequests: percentiles(timed.map((record) => record.imageRequests)),
    nextPaint: percentiles(records.flatMap((record) => (record.nextPaintMs === null ? [] : [record.nextPaintMs]))),
    records,
  };
}
