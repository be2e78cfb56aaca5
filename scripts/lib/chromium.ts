/**
 * The Chromium the browser tests, the benchmark and Lighthouse drive: Debian's
 * (Playwright cannot download its own here), or any Chrome named by CHROME_PATH.
 * The flags let it run as root on a machine with no outside network.
 */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
