// The bench's split of a paste's long tasks into the browser's clipboard read and the pane's work.
import { describe, expect, test } from 'vitest';
import { pasteTaskSplit } from '../bench/longTasks.mjs';

describe('pasteTaskSplit', () => {
  test('no long tasks: every figure is 0, the read still counted', () => {
    expect(pasteTaskSplit([], [])).toEqual({ longest: 0, read: 0, pane: 0 });
    expect(pasteTaskSplit([], [{ start: 10, duration: 30 }])).toEqual({ longest: 0, read: 30, pane: 0 });
  });

  test('a read inside a task is taken out of that task only', () => {
    const tasks = [
      { start: 100, duration: 150 },
      { start: 400, duration: 60 },
    ];
    expect(pasteTaskSplit(tasks, [{ start: 102, duration: 140 }])).toEqual({ longest: 150, read: 140, pane: 60 });
  });

  test('a pane task longer than the paste task without its read is the pane figure', () => {
    const tasks = [
      { start: 100, duration: 150 },
      { start: 400, duration: 120 },
    ];
    expect(pasteTaskSplit(tasks, [{ start: 110, duration: 100 }])).toEqual({ longest: 150, read: 100, pane: 120 });
  });

  test('a read at the very edges of a task counts as inside; one past its end does not', () => {
    expect(pasteTaskSplit([{ start: 100, duration: 150 }], [{ start: 100, duration: 150 }]).pane).toBe(0);
    expect(pasteTaskSplit([{ start: 100, duration: 150 }], [{ start: 100, duration: 151 }]).pane).toBe(150);
    expect(pasteTaskSplit([{ start: 100, duration: 150 }], [{ start: 99, duration: 20 }]).pane).toBe(150);
  });

  test('two reads in one task are both taken out', () => {
    const reads = [
      { start: 10, duration: 40 },
      { start: 60, duration: 30 },
    ];
    expect(pasteTaskSplit([{ start: 0, duration: 100 }], reads)).toEqual({ longest: 100, read: 70, pane: 30 });
  });
});
