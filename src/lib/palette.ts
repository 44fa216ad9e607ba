import type { OptionId } from '../core';

/**
 * Okabe–Ito colours (safe for the common colour-vision deficiencies), one per option, with a dash pattern as a
 * second cue so lines stay distinguishable in greyscale prints. Dark-theme variants are lightened for contrast.
 */
export const OPTION_STYLE: Record<OptionId, { light: string; dark: string; dash: string; short: string }> = {
  serverless_api: { light: '#0072B2', dark: '#56B4E9', dash: '0', short: 'Serverless' },
  provisioned_throughput: { light: '#C17D00', dark: '#F0C35A', dash: '8 4', short: 'Provisioned' },
  private_endpoints: { light: '#007A5A', dark: '#3FD1A6', dash: '2 3', short: 'Private endpoints' },
  custom_deployment: { light: '#C24F00', dark: '#FF8F4D', dash: '10 3 2 3', short: 'Custom deployment' },
  kubernetes: { light: '#B3478C', dark: '#E89AC8', dash: '14 4', short: 'Kubernetes' },
};

export type ThemeName = 'light' | 'dark';

/** The line colour of an option in a theme. */
export function optionColor(id: OptionId, theme: ThemeName): string {
  return OPTION_STYLE[id][theme];
}
