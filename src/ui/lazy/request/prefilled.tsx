// The notice above a request form that started from the values the "About this email" card
// suggested (the values themselves are usePrefilled's).

import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export function PrefilledNotice() {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>Some answers were filled in from the selected email. Check them before you go on.</MessageBarBody>
    </MessageBar>
  );
}
