import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Testing Library does not clean up under vitest without globals (STACK.md).
afterEach(cleanup);
