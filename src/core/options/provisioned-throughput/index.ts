import { commonFields } from '../shared/assumption-helpers';
import type { OptionDefinition } from '../types';

export const provisionedThroughput: OptionDefinition = {
  label: 'Provisioned throughput',
  shortLabel: 'Provisioned',
  description: 'Reserved model capacity (PTU), billed per hour whether used or not.',
  kind: 'reserved-capacity',
  style: { light: '#C17D00', dark: '#F0C35A', dash: '8 4', officeDash: 'dash' },
  assumptions: {
    id: 'provisioned',
    title: 'Provisioned throughput',
    fields: [
      {
        path: 'options.provisioned_throughput.usdPerMTok',
        label: 'Per-token charge',
        unit: 'USD / 1M tokens',
      },
      ...commonFields('options.provisioned_throughput'),
    ],
    nullable: {
      path: 'options.provisioned_throughput.ptu',
      label: 'PTU capacity',
      fields: [
        {
          path: 'options.provisioned_throughput.ptu.usdPerPtuMonth',
          label: 'PTU price',
          unit: 'USD / PTU-month',
        },
        {
          path: 'options.provisioned_throughput.ptu.inputTpmPerPtu',
          label: 'Input throughput per PTU',
          unit: 'tokens / min',
        },
        {
          path: 'options.provisioned_throughput.ptu.outputTokenWeight',
          label: 'Output token weight',
          unit: '× input token',
        },
        {
          path: 'options.provisioned_throughput.ptu.minPtu',
          label: 'Minimum deployment',
          unit: 'PTU',
          integer: true,
        },
        {
          path: 'options.provisioned_throughput.ptu.ptuStep',
          label: 'Deployment increment',
          unit: 'PTU',
          integer: true,
        },
      ],
    },
  },
};
