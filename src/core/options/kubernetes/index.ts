import { commonFields, gpuFields } from '../shared/assumption-helpers';
import type { OptionDefinition } from '../types';

export const kubernetes: OptionDefinition = {
  label: 'Kubernetes (self-hosted)',
  shortLabel: 'Kubernetes',
  description: 'vLLM on your own Kubernetes GPU nodes: full control, full responsibility.',
  kind: 'self-managed',
  style: { light: '#B3478C', dark: '#E89AC8', dash: '14 4', officeDash: 'lgDash' },
  assumptions: {
    id: 'kubernetes',
    title: 'Kubernetes (self-hosted)',
    fields: [
      { path: 'options.kubernetes.controlPlaneUsdPerMonth', label: 'Control plane', unit: 'USD / month' },
      { path: 'options.kubernetes.systemPoolUsdPerMonth', label: 'System node pool', unit: 'USD / month' },
      {
        path: 'options.kubernetes.platformOverheadUsdPerMonth',
        label: 'Platform overhead',
        unit: 'USD / month',
      },
      { path: 'options.kubernetes.labourUsdPerMonth', label: 'Operations labour', unit: 'USD / month' },
      { path: 'options.kubernetes.usdPerMTok', label: 'Per-token charge', unit: 'USD / 1M tokens' },
      ...commonFields('options.kubernetes'),
    ],
    nullable: {
      path: 'options.kubernetes.gpu',
      label: 'GPU capacity',
      fields: gpuFields('options.kubernetes'),
    },
  },
};
