// Checks the send guard's fixed names literally: the manifest, the pane and
// stored data refer to them by these exact strings.
import { describe, expect, test } from 'vitest';
import { composeMarkKey } from './composeMark';
import { guardRanKey, sendGuardMinSet } from './guardStatus';
import { handlerCommandIds, openPaneCommandId } from './onMessageSend';

describe('send guard names', () => {
  test('session-data key, storage key and minimum Mailbox set', () => {
    expect(composeMarkKey).toBe('nasAssistant');
    expect(guardRanKey).toBe('guard-last-ran');
    expect(sendGuardMinSet).toBe('1.14');
  });

  test('the button that opens the pane from a blocked send', () => {
    expect(openPaneCommandId).toBe('msgComposeOpenPaneButton');
    expect(handlerCommandIds).toEqual(['msgComposeOpenPaneButton']);
  });
});
