import type { RouteObject } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '@/app/router';
import type { LoaderContext } from '@/app/routes/loader-context';
import { PAGE_CHUNKS } from '../../scripts/lib/route-chunks';

/** Every path pattern of a route table, as the router matches it: "/", "/reviews/:slug", "*". */
function patterns(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.index
      ? `${parent}/`
      : route.path === '*'
        ? '*'
        : route.path
          ? `${parent}/${route.path}`
          : parent;
    return [...(route.index || route.path ? [path] : []), ...patterns(route.children ?? [], path)];
  });
}

describe('the route table and the build', () => {
  it('know the same pages: each of the router’s paths has its chunk, and no chunk names a page the router lacks', () => {
    // Building the routes reads nothing from the context; each loader does, when it runs.
    const routes = createRoutes({} as LoaderContext);
    expect(patterns(routes).sort()).toEqual(Object.keys(PAGE_CHUNKS).sort());
  });
});
