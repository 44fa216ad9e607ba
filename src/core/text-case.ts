/** Product names that open some labels and keep their capitals mid-sentence. */
const NAMES = ['Data Zone', 'Private Link', 'Global Standard', 'Global Batch'];

/**
 * A label or sentence made to follow other words ("Kubernetes (self-hosted): operations labour"): its first
 * letter lower-cased, except when the first word is an acronym or a code that keeps its capitals ("PTU price",
 * "GPU VM price", "API gateway", "KV cache", "GPT-4.1": a capital or digit after the first letter) or the text
 * opens with a product name ("Data Zone", "Private Link").
 */
export function lowerFirstWord(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (first.length === 0) return text;
  const keepsCase = /^.+[A-Z0-9]/.test(first) || NAMES.some((name) => text.startsWith(name));
  return keepsCase ? text : `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
