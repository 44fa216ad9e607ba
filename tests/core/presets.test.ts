import { describe, expect, it } from 'vitest';
import {
  createScenario,
  createScenarioAt,
  latestRevision,
  parseScenario,
  presetRevisions,
  presetSource,
  pinSelections,
  ASSUMPTION_SECTIONS,
  SOURCES,
  type PresetId,
} from '../../src/core';

const PRESETS: PresetId[] = ['seed', 'azure'];

/** Every leaf of a document as [dotted path, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (node === null || typeof node !== 'object') return [[prefix, node]];
  return Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('presets', () => {
  it('every revision of every preset migrates to this schema and validates', () => {
    for (const preset of PRESETS) {
      const revisions = presetRevisions(preset);
      expect(revisions.length).toBeGreaterThan(0);
      for (const revision of revisions) {
        const scenario = createScenarioAt(preset, revision);
        expect(scenario, `${preset}@${revision}`).not.toBeNull();
        expect(parseScenario(scenario).ok).toBe(true);
        expect(scenario!.presetRevision).toBe(revision);
      }
    }
  });

  it('new scenarios use the latest revision; unknown revisions are refused', () => {
    expect(createScenario('azure').presetRevision).toBe(latestRevision('azure'));
    expect(createScenarioAt('azure', '1999-01-01')).toBeNull();
  });

  it('every shipped number has a source with an as-of date', () => {
    for (const preset of PRESETS) {
      for (const [path, value] of leaves(createScenario(preset))) {
        if (typeof value !== 'number') continue;
        if (path === 'version') continue;
        const source = presetSource(preset, path);
        expect(source, `${preset}: ${path}`).toBeDefined();
        const entry = SOURCES[source!];
        expect(entry.title.length, `${preset}: ${path}`).toBeGreaterThan(10);
        expect(entry.asOf, `${preset}: ${path}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('azure capacity figures cite Microsoft’s PTU table and the VM catalog', () => {
    expect(presetSource('azure', 'options.provisioned_throughput.ptu.inputTpmPerPtu')).toBe(
      'azure-ptu-billing',
    );
    expect(presetSource('azure', 'options.provisioned_throughput.ptu.usdPerPtuMonth')).toBe(
      'azure-ptu-prices',
    );
    expect(presetSource('azure', 'options.custom_deployment.gpu.usdPerVmHour')).toBe('azure-gpu-vm-prices');
    expect(presetSource('azure', 'options.kubernetes.labourUsdPerMonth')).toBe('planner-assumption');
    expect(presetSource('seed', 'options.provisioned_throughput.otherFixedUsdPerMonth')).toBe('seed-article');
  });
});

describe('sources fit the figures they are cited for', () => {
  it('workload shares cite a planner assumption; only peak-to-average cites the load convention', () => {
    for (const preset of PRESETS) {
      expect(presetSource(preset, 'workload.peakToAverage')).toBe('pricing-conventions');
      for (const path of ['workload.cacheHitShare', 'workload.batchShare', 'workload.locality']) {
        const source = SOURCES[presetSource(preset, path)!];
        expect(source.id, `${preset}: ${path}`).toBe('planner-assumption');
        // A source cited for a figure must not describe another one (the load note speaks of peak-to-average).
        expect(source.title, `${preset}: ${path}`).not.toMatch(/peak-to-average/i);
      }
    }
  });
});

describe('assumption tables', () => {
  it('every assumption path resolves to a number in the Azure preset (plans written out)', () => {
    const shown = pinSelections(createScenario('azure'));
    for (const section of ASSUMPTION_SECTIONS)
      for (const field of [...section.fields, ...(section.nullable?.fields ?? [])]) {
        const value = field.path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], shown);
        expect(typeof value, field.path).toBe('number');
      }
  });
});
