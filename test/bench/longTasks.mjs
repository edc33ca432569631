// Splits the long tasks seen during a paste into the browser's part and the pane's part.
// Reading 4 MB out of the clipboard (DataTransfer.getData, inside the paste event) is the
// browser's own work: no page can paste that text without it, so it is reported, not budgeted.

/**
 * @param {{ start: number, duration: number }[]} tasks long tasks (PerformanceObserver 'longtask')
 * @param {{ start: number, duration: number }[]} reads clipboard reads, timed around getData
 * @returns {{ longest: number, read: number, pane: number }} the longest task; the clipboard
 *   reading time; the longest task once the reads inside it are taken out (0 when none)
 */
export function pasteTaskSplit(tasks, reads) {
  const read = reads.reduce((sum, r) => sum + r.duration, 0);
  let longest = 0;
  let pane = 0;
  for (const task of tasks) {
    const end = task.start + task.duration;
    const inside = reads.filter((r) => r.start >= task.start && r.start + r.duration <= end).reduce((sum, r) => sum + r.duration, 0);
    longest = Math.max(longest, task.duration);
    pane = Math.max(pane, task.duration - inside);
  }
  return { longest, read, pane };
}
