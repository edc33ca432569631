// Fluent themes. Light is the default and ships with the first screen; dark is fetched only when
// Outlook is dark (most care-home PCs run light), before the first render where it is known.
import { webLightTheme, type Theme } from '@fluentui/react-components';
import type { ThemeName } from '../../office/host';

let dark: Theme | undefined;
let contrast: Theme | undefined;

export async function loadTheme(name: ThemeName): Promise<Theme> {
  if (name === 'light') return webLightTheme;
  // Teams' high-contrast theme (the tab only): also fetched on demand.
  if (name === 'contrast') return (contrast ??= (await import('../themes/contrastTheme')).teamsHighContrastTheme);
  dark ??= (await import('../themes/darkTheme')).webDarkTheme;
  return dark;
}

/** The theme if it is ready now, else light until it arrives. */
export function themeNow(name: ThemeName): Theme {
  return name === 'dark' && dark ? dark : name === 'contrast' && contrast ? contrast : webLightTheme;
}
