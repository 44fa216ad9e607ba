import { useThresholdSentence } from '../state/sensitivity';

/**
 * The recommendation card's threshold sentence: in the card's first render (so it never pushes the card down
 * when it arrives), then following the deferred scenario, never in a keystroke's task.
 */
export default function HoldsSentence() {
  const sentence = useThresholdSentence();
  return sentence ? <p className="recommendation__holds">{sentence}</p> : null;
}
