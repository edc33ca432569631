// StrykerJS only (`npm run mutate`, added by vitest.mutate.config.ts): the modules the pane loads with
// import() are loaded before the file's first test. Loaded inside a test instead, their module-level
// code (the catalogue, the schemas, the personal-data patterns) would count as covered by that one
// test, and ~3,000 static mutants would each run the component tests, for hours. In beforeAll, not at
// the top: the test file's own vi.mock calls must be in place first.
import { beforeAll } from 'vitest';

beforeAll(async () => {
  await Promise.all([
    import('../../src/ui/lazy/lazyScreens'),
    import('../../src/ui/diagnostics/Diagnostics'),
    import('../../src/ui/themes/darkTheme'),
    import('../../src/ui/themes/contrastTheme'),
  ]);
});
