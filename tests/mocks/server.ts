import { setupServer } from 'msw/node';
import { sampleApiHandlers } from './handlers';

/** The mock network for component tests: the real sample API files (published by tests/global-setup.ts). */
export const server = setupServer(...sampleApiHandlers);
