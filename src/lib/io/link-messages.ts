import type { LinkError } from './scenario-codec';

/** A link or file problem in plain words, for the alert banner. `what` is "link" or "file". */
export function describeLinkError(error: LinkError, what: 'link' | 'file' = 'link'): string {
  switch (error.kind) {
    case 'unknown-codec':
      return `This ${what} uses a format this version of AI Cost Planner does not know (“${error.codec}”). It may have been cut short or made by another tool.`;
    case 'corrupt':
      return `This ${what} is damaged and cannot be read (${error.detail}). It may have been cut short when it was copied.`;
    case 'newer-version':
      return `This ${what} was made by a newer version of AI Cost Planner (scenario format ${error.version}; this version reads up to ${error.supported}). Reload the page to get the latest version.`;
    case 'unknown-revision':
      return `This ${what} uses prices from a newer release (${error.preset} prices of ${error.revision}). Reload the page to get the latest version.`;
    case 'migration-failed':
      return `This ${what} is from an older version and could not be brought up to date (format ${error.from} to ${error.to}: ${error.detail}).`;
    case 'invalid': {
      const shown = error.issues.slice(0, 3).map((issue) => `${issue.path} ${issue.message}`);
      const more = error.issues.length > 3 ? ` and ${error.issues.length - 3} more` : '';
      return `This ${what} contains values the planner cannot use: ${shown.join('; ')}${more}.`;
    }
  }
}
