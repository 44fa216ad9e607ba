import { useThresholdSentence } from '../state/sensitivity';

/**
 * The recommendation card's threshold sentence, in a chunk of its own (the threshold search is loaded after
 * the results it describes) and computed from the deferred scenario, never in a keystroke's task.
 */
export default function HoldsSentence() {
  const sentence = useThresholdSentence();
  return sentence ? <p className="recommendation__holds">{sentence}</p> : null;
}
