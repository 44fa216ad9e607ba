import { describe, expect, it } from 'vitest';
import { createScenario, evaluateScenario } from '../../src/core';
import { exportFileName, slugify } from '../../src/lib/io/export-text';
import { isLocalAddress, shareLinkNote } from '../../src/lib/io/share-link-note';

describe('export file names carry the scenario name and the date', () => {
  it('names files after the scenario, sanitised, with volume, preset and date', () => {
    const scenario = { ...createScenario('azure'), name: 'Bank chatbot: Q3 / EU (v2)' };
    expect(exportFileName(scenario, evaluateScenario(scenario), 'pptx', '2026-12-02')).toBe(
      'bank-chatbot-q3-eu-v2-600M-azure-2026-12-02.pptx',
    );
  });
  it('two variants with different names no longer export under the same name', () => {
    const a = { ...createScenario('azure'), name: 'Variant A' };
    const b = { ...createScenario('azure'), name: 'Variant B' };
    expect(exportFileName(a, evaluateScenario(a), 'png', '2026-12-02')).not.toBe(
      exportFileName(b, evaluateScenario(b), 'png', '2026-12-02'),
    );
  });
  it('an untitled scenario falls back to ai-cost-plan; accents and symbols are dropped', () => {
    const scenario = createScenario('seed');
    expect(exportFileName(scenario, evaluateScenario(scenario), 'csv', '2026-12-02')).toBe(
      'ai-cost-plan-600M-seed-2026-12-02.csv',
    );
    expect(slugify('Déploiement  ** été')).toBe('deploiement-ete');
    expect(slugify('../../etc/passwd')).toBe('etc-passwd');
    expect(slugify('x'.repeat(90))).toHaveLength(40);
  });
});

describe('share links made on a local address say so', () => {
  it.each([
    ['http://127.0.0.1:4173/#s=j1:abc', true],
    ['http://localhost:5173/', true],
    ['http://192.168.1.20/', true],
    ['http://[::1]:8080/', true],
    ['https://planner.example.com/#s=j1:abc', false],
    ['not a url', false],
  ])('%s → local %s', (url, local) => expect(isLocalAddress(url)).toBe(local));
  it('the note names the host', () => {
    expect(shareLinkNote('http://127.0.0.1:4173/#s=x')).toBe(
      'This link was made on a local address (127.0.0.1:4173) and opens only on that machine: share a link from the deployed planner instead.',
    );
  });
});
