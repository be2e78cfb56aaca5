import { describe, expect, it } from 'vitest';
import { createRoutes } from '@/app/router';
import type { LoaderContext } from '@/app/routes/loader-context';
import { PAGE_CHUNKS } from '../../scripts/lib/route-chunks';

describe('the route table and the build', () => {
  it('know the same pages: each of the router’s paths has its chunk, and no chunk names a page the router lacks', () => {
    // Building the routes reads nothing from the context; each loader does, when it runs.
    const routes = createRoutes({} as LoaderContext);
    expect(routes.map((route) => route.path).sort()).toEqual(Object.keys(PAGE_CHUNKS).sort());
  });
});
