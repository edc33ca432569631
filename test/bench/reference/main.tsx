// The benchmark's yardstick: a minimal React + Fluent UI page (provider, one Button, one Input),
// built with the same toolchain. It marks when it is interactive, as the task pane does.
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, FluentProvider, Input, webLightTheme } from '@fluentui/react-components';

function Page() {
  useEffect(() => {
    performance.mark('reference-ready');
  }, []);
  return (
    <FluentProvider theme={webLightTheme}>
      <Input aria-label="Name" />
      <Button appearance="primary">Go</Button>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
