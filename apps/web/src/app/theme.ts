import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

/** Mantine's palette with its two darkest shades replaced, so white on 8 and 9 on 1 reach 4.5:1 (WCAG AA). */
const darkened = (color: keyof typeof DEFAULT_THEME.colors, shade8: string, shade9: string) =>
  [...DEFAULT_THEME.colors[color].slice(0, 8), shade8, shade9] as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 6, Mantine's default, puts white text on indigo at 4.3:1; 8 gives 5.7:1.
  primaryShade: 8,
  colors: {
    teal: darkened('teal', '#087f5b', '#06664a'),
    green: darkened('green', '#237032', '#1b5e2a'),
    orange: darkened('orange', '#c2410c', '#9a3412'),
    yellow: darkened('yellow', '#946200', '#7a5000'),
  },
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});

/** Mantine's dimmed grey (gray.6) is 3.3:1 on white; this one keeps 4.8:1 even on the light alert tints. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#5c636a' },
  dark: {},
});
