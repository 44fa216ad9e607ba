/**
 * Whether a share link points at a machine only its maker can reach (localhost, a private network address, a
 * .local name): an export made from a local copy of the planner then says so next to the link.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host)
  );
}

/** The sentence exports print beside the link: where it opens. */
export function shareLinkNote(url: string): string {
  if (!isLocalAddress(url)) return 'Opens this exact scenario in the planner; nothing is stored on a server.';
  const host = new URL(url).host;
  return `This link was made on a local address (${host}) and opens only on that machine: share a link from the deployed planner instead.`;
}
