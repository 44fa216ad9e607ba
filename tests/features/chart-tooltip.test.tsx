import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createScenario } from '../../src/core';
import { ChartTooltip } from '../../src/features/chart/chart-tooltip';

describe('chart tooltip', () => {
  it('lists eligible options cheapest first, then ruled-out ones marked, never shown as the cheapest', () => {
    const row = {
      tokens: 7.5e9,
      serverless_api: 24_000,
      provisioned_throughput: 40_885,
      private_endpoints: 24_011,
      kubernetes: 49_821,
    };
    render(
      <ChartTooltip
        active
        payload={[{ payload: row }]}
        rows={[row]}
        visible={['serverless_api', 'provisioned_throughput', 'private_endpoints', 'kubernetes']}
        excluded={new Set(['serverless_api'])}
        display={createScenario('azure').display}
        theme="light"
      />,
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Private endpoints$24,011',
      'Provisioned throughput$40,885',
      'Kubernetes (self-hosted)$49,821',
      'Serverless API (ruled out)$24,000',
    ]);
    expect(rows[0]).toHaveClass('chart-tooltip__cheapest');
    expect(rows[3]).toHaveClass('chart-tooltip__excluded');
  });
});
