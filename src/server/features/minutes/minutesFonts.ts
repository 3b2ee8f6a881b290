import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans (SIL Open Font License), from the npm package that ships Google Fonts' TrueType files:
 * Latin with æ, ø and å, Greek and Cyrillic, so a note in a colleague's own language still prints.
 * The PDF embeds the glyphs it uses; the chart's PNG is drawn with the same files, never with
 * whatever fonts the server happens to have.
 */
export const MINUTES_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

export interface MinutesFonts {
  readonly regular: Buffer;
  readonly bold: Buffer;
}

let loaded: MinutesFonts | null = null;

/** The font files, read once per process. */
export function minutesFonts(): MinutesFonts {
  loaded ??= { regular: readFileSync(MINUTES_FONT_FILES.regular), bold: readFileSync(MINUTES_FONT_FILES.bold) };
  return loaded;
}
