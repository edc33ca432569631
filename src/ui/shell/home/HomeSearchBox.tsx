// The one search, at the top of the home screen. Fluent's SearchBox weighs about 5 KB gzipped
// (its Input and icons), more than the first screen can spare, so the box shows at once as a plain
// search input drawn like it, and Fluent's SearchBox (SearchField) takes its place, value, focus
// and caret included, when the lazy screens arrive: at idle, or as soon as the box is focused.

import { useRef, useState } from 'react';
import { makeResetStyles, tokens } from '@fluentui/react-components';
import { SearchGlyph } from './glyphs';
import { loadScreens, useLazyScreens } from '../useLazyScreens';

// One class (makeResetStyles), parts by element: this is on the first screen.
const useFieldClass = makeResetStyles({
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalXS,
  '& > label': { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  // Drawn as Fluent's large SearchBox is (react-input's large size, react-search's padding).
  '& > [data-part="stand-in"]': {
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    minHeight: '40px',
    paddingInline: tokens.spacingHorizontalMNudge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  '& > [data-part="stand-in"]:focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke },
  '& > [data-part="stand-in"] > svg': { fontSize: '24px', color: tokens.colorNeutralForeground3, flexShrink: 0 },
  '& > [data-part="stand-in"] > input': {
    flexGrow: 1,
    minWidth: 0,
    border: 'none',
    outline: 'none',
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    padding: 0,
    paddingInline: `${tokens.spacingHorizontalSNudge} ${tokens.spacingHorizontalMNudge}`,
  },
  '& > [data-part="stand-in"] > input::placeholder': { color: tokens.colorNeutralForeground4, opacity: 1 },
  '& > [data-part="stand-in"] > input::-webkit-search-cancel-button': { display: 'none' },
});

export const searchBoxId = 'home-search';
const placeholder = 'For example: new starter';

export function HomeSearchBox(props: { value: string; onChange: (value: string) => void; describedBy?: string }) {
  const fieldClass = useFieldClass();
  const screens = useLazyScreens(false);
  // Where focus and caret were in the stand-in, so the SearchBox can take over without a jump.
  // The caret is read from the stand-in itself at take-over (its `select` event can lag a keystroke
  // behind, and a stale caret put the next letters in the wrong place); the ref is kept after unmount.
  const [focused, setFocused] = useState(false);
  const caret = useRef(0);
  const standIn = useRef<HTMLInputElement>(null);
  const keep = (el: HTMLInputElement | null) => {
    if (el) standIn.current = el;
  };
  return (
    <div className={fieldClass} role="search">
      <label htmlFor={searchBoxId}>Find a request or an answer</label>
      {screens ? (
        <screens.SearchField
          id={searchBoxId}
          value={props.value}
          onChange={props.onChange}
          placeholder={placeholder}
          describedBy={props.describedBy}
          takeFocus={focused ? () => standIn.current?.selectionStart ?? caret.current : undefined}
        />
      ) : (
        <span data-part="stand-in">
          <SearchGlyph />
          <input
            ref={keep}
            id={searchBoxId}
            type="search"
            value={props.value}
            placeholder={placeholder}
            autoComplete="off"
            aria-describedby={props.describedBy}
            onFocus={() => {
              setFocused(true);
              void loadScreens().catch(() => undefined);
            }}
            onBlur={() => setFocused(false)}
            onChange={(e) => {
              caret.current = e.currentTarget.selectionStart ?? e.currentTarget.value.length;
              props.onChange(e.currentTarget.value);
            }}
            onSelect={(e) => (caret.current = e.currentTarget.selectionStart ?? props.value.length)}
          />
        </span>
      )}
    </div>
  );
}
