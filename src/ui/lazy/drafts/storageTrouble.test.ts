// Whether answers can be kept beyond the pane, per store: blocked from the start, or a save that failed.
// The failures are remembered per KeyValueStore for the page's life, so every test uses fresh stores.
import { describe, expect, test } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { memoryStorage, prefixedStorage } from '../../../office/host';
import { reportFailedSave, storageTrouble, subscribeStorageTrouble, useStorageTrouble } from './storageTrouble';

/** A store whose browser storage refused altogether (a sandboxed frame): blocked. */
const blockedStore = () => prefixedStorage('t:', null);

describe('storageTrouble', () => {
  test('a working store has no trouble', () => {
    expect(storageTrouble(memoryStorage())).toBeUndefined();
  });

  test('a blocked store is "blocked" from the start', () => {
    expect(storageTrouble(blockedStore())).toBe('blocked');
  });

  test('a store a save failed on is "failed" from then on, and other stores are not', () => {
    const full = memoryStorage();
    const other = memoryStorage();
    reportFailedSave(full);
    expect(storageTrouble(full)).toBe('failed');
    expect(storageTrouble(full)).toBe('failed');
    expect(storageTrouble(other)).toBeUndefined();
  });

  test('a blocked store a save also failed on is still "blocked" (the stronger words)', () => {
    const kv = blockedStore();
    reportFailedSave(kv);
    expect(storageTrouble(kv)).toBe('blocked');
  });
});

describe('reportFailedSave tells listeners once per store', () => {
  test('the first failure is told, a second on the same store is not, one on another store is', () => {
    const kv = memoryStorage();
    let told = 0;
    const stop = subscribeStorageTrouble(() => told++);
    reportFailedSave(kv);
    expect(told).toBe(1);
    reportFailedSave(kv);
    expect(told).toBe(1);
    reportFailedSave(memoryStorage());
    expect(told).toBe(2);
    stop();
  });

  test('every listener is told', () => {
    const heard: string[] = [];
    const stopA = subscribeStorageTrouble(() => heard.push('a'));
    const stopB = subscribeStorageTrouble(() => heard.push('b'));
    reportFailedSave(memoryStorage());
    expect(heard).toEqual(['a', 'b']);
    stopA();
    stopB();
  });

  test('a listener that stopped listening is not told again', () => {
    let told = 0;
    const stop = subscribeStorageTrouble(() => told++);
    stop();
    reportFailedSave(memoryStorage());
    expect(told).toBe(0);
  });
});

describe('useStorageTrouble', () => {
  test('a working store: nothing, until a save fails on it; then "failed", at once', () => {
    const kv = memoryStorage();
    const { result } = renderHook(() => useStorageTrouble(kv));
    expect(result.current).toBeUndefined();
    act(() => reportFailedSave(kv));
    expect(result.current).toBe('failed');
  });

  test('a blocked store: "blocked" on the first render', () => {
    const kv = blockedStore();
    const { result } = renderHook(() => useStorageTrouble(kv));
    expect(result.current).toBe('blocked');
  });

  test('a failure on another store changes nothing here', () => {
    const kv = memoryStorage();
    const { result } = renderHook(() => useStorageTrouble(kv));
    act(() => reportFailedSave(memoryStorage()));
    expect(result.current).toBeUndefined();
  });

  test('a store that failed before the hook first rendered is "failed" from the start', () => {
    const kv = memoryStorage();
    reportFailedSave(kv);
    const { result } = renderHook(() => useStorageTrouble(kv));
    expect(result.current).toBe('failed');
  });
});
