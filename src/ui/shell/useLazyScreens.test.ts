// The screens chunk's loader: the mark `npm run bench` waits for before timing a click on a settled pane.
import { expect, test } from 'vitest';
import { loadScreens, screensMark } from './useLazyScreens';

test(`"${screensMark}" is marked when the screens have loaded, not before`, async () => {
  performance.clearMarks(screensMark);
  const loading = loadScreens();
  expect(performance.getEntriesByName(screensMark)).toHaveLength(0);
  const screens = await loading;
  expect(typeof screens.RequestScreen).toBe('function');
  expect(performance.getEntriesByName(screensMark)).toHaveLength(1);
  expect(screensMark).toBe('nas-screens-loaded');
});
