import { commonFields } from '../shared/assumption-helpers';
import type { OptionDefinition } from '../types';

export const serverlessApi: OptionDefinition = {
  label: 'Serverless API',
  shortLabel: 'Serverless',
  description: 'Pay per token on the vendor’s shared endpoint.',
  kind: 'shared-api',
  style: { light: '#0072B2', dark: '#56B4E9', dash: '0', officeDash: 'solid' },
  assumptions: {
    id: 'serverless',
    title: 'Serverless API',
    fields: [
      { path: 'options.serverless_api.usdPerMTokInput', label: 'Input price', unit: 'USD / 1M tokens' },
      {
        path: 'options.serverless_api.usdPerMTokCachedInput',
        label: 'Cached input price',
        unit: 'USD / 1M tokens',
      },
      { path: 'options.serverless_api.usdPerMTokOutput', label: 'Output price', unit: 'USD / 1M tokens' },
      { path: 'options.serverless_api.batchDiscount', label: 'Batch discount', unit: '%', scale: 100 },
      {
        path: 'options.serverless_api.localityUplift',
        label: 'Data Zone / Regional surcharge',
        unit: '%',
        scale: 100,
      },
      ...commonFields('options.serverless_api'),
    ],
  },
};
