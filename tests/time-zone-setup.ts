import { beforeAll, expect } from 'vitest';

// A run meant for a far time zone that ran in the machine's own would prove nothing: it fails instead.
beforeAll(() => {
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
});
