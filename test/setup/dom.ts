import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

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
