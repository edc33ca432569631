// Fluent's MessageBar, loaded lazily: notices on the first screen are rare (warnings, errors, the
// personal-mailbox help), and the MessageBar code is not worth delaying every start-up for.
import type { ReactNode } from 'react';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface NoticeProps {
  intent: 'info' | 'warning' | 'error' | 'success';
  title?: string;
  children: ReactNode;
  actions?: ReactNode;
}

export default function Notice({ intent, title, children, actions }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" data-intent={intent}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
      {actions && <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
