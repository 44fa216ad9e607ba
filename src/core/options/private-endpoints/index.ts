import { commonFields } from '../shared/assumption-helpers';
import type { OptionDefinition } from '../types';

export const privateEndpoints: OptionDefinition = {
  label: 'Private endpoints',
  shortLabel: 'Private endpoints',
  description: 'The pay-per-token API reached only through your network (Private Link).',
  kind: 'shared-api',
  style: { light: '#007A5A', dark: '#3FD1A6', dash: '2 3', officeDash: 'sysDot' },
  assumptions: {
    id: 'private',
    title: 'Private endpoints (also used by PTUs under high sensitivity)',
    fields: [
      {
        path: 'options.private_endpoints.endpointCount',
        label: 'Endpoints',
        unit: 'endpoints',
        integer: true,
      },
      {
        path: 'options.private_endpoints.usdPerEndpointMonth',
        label: 'Endpoint price',
        unit: 'USD / endpoint-month',
      },
      {
        path: 'options.private_endpoints.privateDnsUsdPerMonth',
        label: 'Private DNS zone',
        unit: 'USD / month',
      },
      { path: 'options.private_endpoints.usdPerGbProcessed', label: 'Data processed', unit: 'USD / GB' },
      {
        path: 'options.private_endpoints.bytesPerInputToken',
        label: 'Wire bytes per input token',
        unit: 'bytes',
      },
      {
        path: 'options.private_endpoints.bytesPerOutputToken',
        label: 'Wire bytes per output token',
        unit: 'bytes',
      },
      ...commonFields('options.private_endpoints'),
    ],
  },
};
