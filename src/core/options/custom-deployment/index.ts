import { commonFields, gpuFields } from '../shared/assumption-helpers';
import type { OptionDefinition } from '../types';

export const customDeployment: OptionDefinition = {
  label: 'Custom deployment',
  shortLabel: 'Custom deployment',
  description: 'Your own or open-weight model on a managed endpoint billed by GPU VM.',
  kind: 'self-managed',
  style: { light: '#C24F00', dark: '#FF8F4D', dash: '10 3 2 3', officeDash: 'dashDot' },
  assumptions: {
    id: 'custom',
    title: 'Custom deployment',
    fields: [
      {
        path: 'options.custom_deployment.labourUsdPerMonth',
        label: 'Operations labour',
        unit: 'USD / month',
      },
      { path: 'options.custom_deployment.usdPerMTok', label: 'Per-token charge', unit: 'USD / 1M tokens' },
      ...commonFields('options.custom_deployment'),
    ],
    nullable: {
      path: 'options.custom_deployment.gpu',
      label: 'GPU capacity',
      fields: gpuFields('options.custom_deployment'),
    },
  },
};
