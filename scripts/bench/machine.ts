/** The facts about the machine that the figures depend on, printed and recorded with them. */
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  memory: string;
  /** 1, 5 and 15 minutes, when the benchmark started and when it ended: other work on the machine adds noise. */
  loadavg: string;
  loadavgAtEnd?: string;
  chromium: string;
  node: string;
  date: string;
}

export function machineFacts(chromiumVersion: string): Machine {
  let memory = `${(totalmem() / 2 ** 30).toFixed(1)}Gi`;
  try {
    // As `free -h` says it, where there is one.
    memory =
      execFileSync('free', ['-h'], { encoding: 'utf8', timeout: 5_000 }).split('\n')[1]?.split(/\s+/)[1] ?? memory;
  } catch {
    // not Linux: os.totalmem() it is
  }
  return {
    nproc: availableParallelism(),
    memory,
    loadavg: currentLoad(),
    chromium: `Chromium ${chromiumVersion}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

export function currentLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}
