// The Fluent themes: light at once, dark and high contrast fetched on demand and kept, and what
// `themeNow` can give before they arrive. The module keeps what it fetched, so each test loads it
// afresh. The two fetched themes are stood in for by marked objects (the module only picks among
// them); light is Fluent's own, taken from the same fresh load.
import type { Theme } from '@fluentui/react-components';
import { beforeEach, describe, expect, test, vi } from 'vitest';

const { dark, contrast } = vi.hoisted(() => ({
  dark: { marked: 'dark' } as unknown as Theme,
  contrast: { marked: 'contrast' } as unknown as Theme,
}));
vi.mock('../themes/darkTheme', () => ({ webDarkTheme: dark }));
vi.mock('../themes/contrastTheme', () => ({ teamsHighContrastTheme: contrast }));

let themes: typeof import('./themes');
let light: Theme;

beforeEach(async () => {
  vi.resetModules();
  themes = await import('./themes');
  light = (await import('@fluentui/react-components')).webLightTheme;
});

describe('loadTheme', () => {
  test('light is the light theme', async () => {
    expect(await themes.loadTheme('light')).toBe(light);
  });

  test('dark is the dark theme, the same one each time', async () => {
    expect(await themes.loadTheme('dark')).toBe(dark);
    expect(await themes.loadTheme('dark')).toBe(dark);
  });

  test('contrast is Teams’ high-contrast theme, the same one each time', async () => {
    expect(await themes.loadTheme('contrast')).toBe(contrast);
    expect(await themes.loadTheme('contrast')).toBe(contrast);
  });
});

describe('themeNow', () => {
  test('before anything is fetched: light for every name', () => {
    expect(themes.themeNow('light')).toBe(light);
    expect(themes.themeNow('dark')).toBe(light);
    expect(themes.themeNow('contrast')).toBe(light);
  });

  test('once dark is fetched: dark for dark, still light for contrast and light', async () => {
    await themes.loadTheme('dark');
    expect(themes.themeNow('dark')).toBe(dark);
    expect(themes.themeNow('contrast')).toBe(light);
    expect(themes.themeNow('light')).toBe(light);
  });

  test('once contrast is fetched: contrast for contrast, still light for dark and light', async () => {
    await themes.loadTheme('contrast');
    expect(themes.themeNow('contrast')).toBe(contrast);
    expect(themes.themeNow('dark')).toBe(light);
    expect(themes.themeNow('light')).toBe(light);
  });

  test('fetching light fetches neither of the others', async () => {
    await themes.loadTheme('light');
    expect(themes.themeNow('dark')).toBe(light);
    expect(themes.themeNow('contrast')).toBe(light);
  });

  test('with both fetched, each name gets its own', async () => {
    await themes.loadTheme('contrast');
    await themes.loadTheme('dark');
    expect(themes.themeNow('dark')).toBe(dark);
    expect(themes.themeNow('contrast')).toBe(contrast);
    expect(themes.themeNow('light')).toBe(light);
  });
});
