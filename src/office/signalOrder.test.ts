// Every host lists a snapshot's signals, and the signals it could not read, in one order.
import { expect, test } from 'vitest';
import { inSignalOrder } from './signalOrder';

const sources = (items: { source: string }[]) => items.map((i) => i.source);

test('the signed-in account comes first, then From, then the selected item’s mailbox', () => {
  const items = [{ source: 'shared-properties' }, { source: 'from' }, { source: 'user-profile' }];
  expect(sources(inSignalOrder(items))).toEqual(['user-profile', 'from', 'shared-properties']);
  expect(sources(inSignalOrder([{ source: 'from' }, { source: 'user-profile' }]))).toEqual(['user-profile', 'from']);
  expect(sources(inSignalOrder([{ source: 'shared-properties' }, { source: 'from' }]))).toEqual(['from', 'shared-properties']);
});

test('the list is sorted where it is, and returned', () => {
  const items = [{ source: 'from' }, { source: 'user-profile' }];
  expect(inSignalOrder(items)).toBe(items);
  expect(sources(items)).toEqual(['user-profile', 'from']);
});
