/**
 * What the benchmark measures and where: archive sizes, the page it loads,
 * the devices and networks it emulates, its time limits, and its options.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../lib/project-paths';

export const BENCH_DIR = join(ROOT, '.bench');
export const APP_DIR = join(BENCH_DIR, 'app');
/** Where the app built for the benchmark looks for its API; each server mounts one archive here. */
export const API_PATH = '/large-api/';
export const SEED = 1;
export const SIZES = [20_000, 100_000] as const;
export type ArchiveSize = (typeof SIZES)[number];
export const archiveDir = (size: ArchiveSize) => join(BENCH_DIR, `archive-${size}`);

/** The page a phone opens: a filtered, re-sorted list, so its first page comes from the filter index. */
export const LOAD_PATH = '/?genre=drama&rating=4&sort=title';

export interface NetworkProfile {
  name: 'slow-3g' | 'regular-3g' | 'unthrottled';
  label: string;
  /** CDP Network.emulateNetworkConditions: kbit/s (1,000 bits) each way and added latency per request; null is none. */
  conditions: { kbps: number; latencyMs: number } | null;
}

export const NETWORKS: readonly NetworkProfile[] = [
  { name: 'slow-3g', label: 'slow 3G', conditions: { kbps: 400, latencyMs: 400 } },
  { name: 'regular-3g', label: 'regular 3G', conditions: { kbps: 750, latencyMs: 300 } },
  { name: 'unthrottled', label: 'unthrottled', conditions: null },
];
export type NetworkName = NetworkProfile['name'];
export const UNTHROTTLED = NETWORKS[2]!;

export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
} as const;
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
/** Desktop sessions run unthrottled, then with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate). */
export const CPU_RATES = [1, 4] as const;
export type CpuRate = (typeof CPU_RATES)[number];

export const TIMEOUTS = {
  /** Launching Chromium, opening a context. */
  browserMs: 30_000,
  /** From navigation to the first page shown, even on slow 3G with 100,000 reviews. */
  firstPageMs: 60_000,
  /** From the first page to the whole filter index loaded. */
  indexMs: 90_000,
  /** One filter change or keystroke, from the input event to its list on screen. */
  changeMs: 10_000,
  /**
   * A keystroke that leaves the list as it was is known by this long with no DOM change, times the CPU
   * slowdown. (Filter changes and emptying the box always change the list: they wait for it.)
   */
  quietMs: 1_000,
  /** Any Playwright action (a click, picking an option, a key). */
  actionMs: 10_000,
  /** Generating one archive, building the app. */
  commandMs: 10 * 60_000,
} as const;
/** After the index has loaded, let idle work (search text, sort orders, prefetches) finish before measuring. */
export const SETTLE_MS = 1_500;

export interface BenchOptions {
  runs: number;
  quick: boolean;
  record: boolean;
  sizes: readonly ArchiveSize[];
  /** The whole run ends by then, whatever happens. */
  deadlineMs: number;
}

export const USAGE = 'Usage: npm run bench -- [--runs N] [--quick] [--size 20000|100000] [--record]';

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      size: { type: 'string' },
      record: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const runs = values.runs === undefined ? (values.quick ? 1 : 3) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) throw new Error(`--runs must be 1 to 20. ${USAGE}`);
  const size = values.size === undefined ? null : SIZES.find((known) => known === Number(values.size));
  if (size === undefined) throw new Error(`--size must be one of ${SIZES.join(', ')}. ${USAGE}`);
  return {
    runs,
    quick: values.quick,
    record: values.record,
    sizes: size !== null ? [size] : values.quick ? [20_000] : SIZES,
    deadlineMs: (values.quick ? 15 : 45) * 60_000,
  };
}
