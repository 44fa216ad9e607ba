import { OPTION_STYLE, type OptionId } from '../core';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), one per option, with a dash pattern as a
 * second cue so lines stay distinguishable in greyscale prints. Each option's definition owns its style
 * (src/core/options/<id>/index.ts); this module is how the UI reads it.
 */
export { OPTION_STYLE };

export type ThemeName = 'light' | 'dark';

/** The line colour of an option in a theme. */
export function optionColor(id: OptionId, theme: ThemeName): string {
  return OPTION_STYLE[id][theme];
}
