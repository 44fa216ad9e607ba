import { createScenario, createScenarioAt, type Scenario } from '../../core';
import { ASSUMPTION_SECTIONS, fieldValueText, type AssumptionField } from '../assumption-fields';
import { provenanceOf } from '../provenance';
import { getAtPath } from '../scenario-path';
import { mdLink, mdList, mdTable, mdText } from './markdown';

type Row = { section: string; field: AssumptionField; value: number; changedFrom: number | null };

const shown = fieldValueText;

function sourceCell(scenario: Scenario, path: string, preset: Scenario): { source: string; asOf: string } {
  const provenance = provenanceOf(scenario, path, preset);
  const source = provenance.url ? mdLink(provenance.short, provenance.url) : mdText(provenance.short);
  return { source, asOf: provenance.asOf };
}

/**
 * The assumptions behind the numbers, section by section, with source and date; values that differ from the
 * scenario's own preset revision (or from the catalog they were picked from) are listed first.
 */
export function assumptionsSection(scenario: Scenario): string {
  const preset =
    createScenarioAt(scenario.preset, scenario.presetRevision) ?? createScenario(scenario.preset);
  const rows: Row[] = ASSUMPTION_SECTIONS.flatMap((section) => {
    const block = section.nullable;
    const fields = [...section.fields, ...(block && getAtPath(scenario, block.path) ? block.fields : [])];
    return fields.flatMap((field): Row[] => {
      const value = getAtPath(scenario, field.path);
      if (typeof value !== 'number') return [];
      const original = provenanceOf(scenario, field.path, preset).original;
      const changedFrom = typeof original === 'number' && original !== value ? original : null;
      return [{ section: section.title, field, value, changedFrom }];
    });
  });
  const changed = rows.filter((row) => row.changedFrom !== null);
  const summary =
    changed.length > 0
      ? `Changed from the preset (${changed.length}):\n\n${mdList(
          changed.map(
            (row) =>
              `${mdText(row.section)}, ${mdText(row.field.label)}: ${mdText(shown(row.field, row.value))} (was ${mdText(shown(row.field, row.changedFrom ?? 0))})`,
          ),
        )}`
      : 'Every value is as the preset gives it.';
  const tables = ASSUMPTION_SECTIONS.flatMap((section) => {
    const own = rows.filter((row) => row.section === section.title);
    if (own.length === 0) return [];
    const cells = own.map((row) => {
      const { source, asOf } = sourceCell(scenario, row.field.path, preset);
      return [
        mdText(row.field.label),
        mdText(shown(row.field, row.value)),
        source,
        asOf,
        row.changedFrom === null ? '' : 'changed',
      ];
    });
    return [
      `### ${mdText(section.title)}\n\n${mdTable(['Assumption', 'Value', 'Source', 'As of', 'Note'], cells)}`,
    ];
  });
  return [
    '## Assumptions',
    'Amounts in the assumptions are in USD, as the prices are published.',
    summary,
    ...tables,
  ].join('\n\n');
}
