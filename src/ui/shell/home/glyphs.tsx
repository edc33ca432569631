// The two glyphs the first screen draws before the lazy screens arrive: a chevron on every request
// and group, and the magnifier in the search box's stand-in. The paths are Fluent's own
// (ChevronRightRegular, SearchRegular from @fluentui/react-icons 2.0.344), drawn as plain SVG:
// react-icons' icon machinery costs about 1 KB gzipped of first-screen budget, so the request
// icons themselves come with the lazy screens (kindIcons.tsx).

export function ChevronGlyph(props: { part?: string }) {
  return (
    <svg data-part={props.part ?? 'chevron'} aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor">
      <path d="M7.65 4.15c.2-.2.5-.2.7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.47a.5.5 0 0 1-.7-.71L12.8 10 7.65 4.85a.5.5 0 0 1 0-.7" />
    </svg>
  );
}

export function SearchGlyph() {
  return (
    <svg aria-hidden="true" width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor">
      <path d="M13.73 14.44a6.5 6.5 0 1 1 .7-.7l3.42 3.4a.5.5 0 0 1-.63.77l-.07-.06zm-.71-.71A5.5 5.5 0 0 0 15 9.5a5.5 5.5 0 1 0-1.98 4.23" />
    </svg>
  );
}
