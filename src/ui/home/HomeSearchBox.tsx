// The one search, at the top of the home screen. Fluent's SearchBox weighs about 5 KB gzipped
// (its Input and icons), more than the first screen can spare, so the box shows at once as a plain
// search input drawn like it, and Fluent's SearchBox (SearchField) takes its place, value, focus
// and caret included, when the lazy screens arrive: at idle, or as soon as the box is focused.

import { useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { loadScreens, useLazyScreens } from '../useLazyScreens';

const useStyles = makeStyles({
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  label: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // Drawn as Fluent's large SearchBox is (react-input's large size, react-search's padding).
  standIn: {
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    minHeight: '40px',
    padding: `0 ${tokens.spacingHorizontalMNudge}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke, outline: `${tokens.strokeWidthThick} solid transparent` },
  },
  icon: { fontSize: '24px', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  input: {
    flexGrow: 1,
    minWidth: 0,
    border: 'none',
    outline: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    padding: `0 ${tokens.spacingHorizontalMNudge} 0 ${tokens.spacingHorizontalSNudge}`,
    '::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
    '::-webkit-search-cancel-button': { display: 'none' },
  },
});

export const searchBoxId = 'home-search';
const placeholder = 'For example: new starter, locked out';

export function HomeSearchBox(props: { value: string; onChange: (value: string) => void; describedBy?: string }) {
  const styles = useStyles();
  const screens = useLazyScreens(false);
  // Where focus and caret were in the stand-in, so the SearchBox can take over without a jump.
  const [focused, setFocused] = useState(false);
  const caret = useRef(0);
  return (
    <div className={styles.field} role="search">
      <label htmlFor={searchBoxId} className={styles.label}>
        Find a request or an answer
      </label>
      {screens ? (
        <screens.SearchField
          id={searchBoxId}
          value={props.value}
          onChange={props.onChange}
          placeholder={placeholder}
          describedBy={props.describedBy}
          takeFocus={focused ? () => caret.current : undefined}
        />
      ) : (
        <span className={styles.standIn}>
          <SearchRegular className={styles.icon} aria-hidden="true" />
          <input
            id={searchBoxId}
            type="search"
            className={styles.input}
            value={props.value}
            placeholder={placeholder}
            autoComplete="off"
            aria-describedby={props.describedBy}
            onFocus={() => {
              setFocused(true);
              void loadScreens().catch(() => undefined);
            }}
            onBlur={() => setFocused(false)}
            onChange={(e) => props.onChange(e.currentTarget.value)}
            onSelect={(e) => (caret.current = e.currentTarget.selectionStart ?? props.value.length)}
          />
        </span>
      )}
    </div>
  );
}
