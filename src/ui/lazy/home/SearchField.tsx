// Fluent's SearchBox for the home screen, loaded with the lazy screens. It takes over from the
// plain stand-in (HomeSearchBox) with the same value, and with focus and caret where they were.

import { useLayoutEffect, useRef } from 'react';
import { SearchBox, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ box: { width: '100%', maxWidth: 'none' } });

export interface SearchFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  describedBy?: string;
  /** The stand-in had focus: take it, with the caret where this says. */
  takeFocus?: () => number;
}

export default function SearchField(props: SearchFieldProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const take = props.takeFocus;
  useLayoutEffect(() => {
    if (!take || !input.current) return;
    const caret = take();
    input.current.focus();
    input.current.setSelectionRange(caret, caret);
    // Only when taking over from the stand-in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <SearchBox
      ref={input}
      id={props.id}
      className={styles.box}
      size="large"
      value={props.value}
      onChange={(_, data) => props.onChange(data.value)}
      placeholder={props.placeholder}
      aria-describedby={props.describedBy}
      autoComplete="off"
    />
  );
}
