import { setupServer } from 'msw/node';
import { sampleApiHandlers } from './handlers';

/** The mock network for component tests: the real sample API files, served from public/api/v2. */
export const server = setupServer(...sampleApiHandlers);
