import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// The lazy screens chunk can take over a second to load on a busy 2-core machine: wait up to 5 s.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; Fluent's Textarea and overflow helpers only need it to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

// Testing Library cleans up automatically only with globals; do it explicitly.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
