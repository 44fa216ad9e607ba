import { NumberField, type NumberFieldProps } from '../../components/ui/number-field';
import { markInputEdit } from '../../lib/perf';
import type { NumberPath } from '../../core';
import { useScenarioNumber } from './use-scenario-field';

type Props = Omit<NumberFieldProps, 'value' | 'onCommit' | 'onEdit'> & { path: NumberPath };

/** A number field bound to the scenario in the store. */
export function ScenarioNumberField({ path, ...rest }: Props) {
  const { value, commit } = useScenarioNumber(path);
  return <NumberField {...rest} value={value} onCommit={commit} onEdit={markInputEdit} />;
}
