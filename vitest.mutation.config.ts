import { defineConfig } from 'vitest/config';
import projectConfig from './vite.config.ts';

/**
 * Vitest as Stryker runs it (stryker.config.mjs): the project's own
 * configuration with the "unit" project alone, the tests beside the code.
 * Each module is measured against its own tests; the page tests of tests/unit
 * take seconds each and would run again for most mutants. (Stryker's own
 * `testFiles` option would do the same, but in 9.6 it keeps static mutants,
 * those evaluated when a module loads, from ever being activated.)
 */
export default defineConfig((env) => {
  const config = projectConfig(env);
  const projects = config.test?.projects?.filter(
    (project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit',
  );
  return { ...config, test: { ...config.test, projects } };
});
