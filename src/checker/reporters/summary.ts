import type { Diagnostic } from '../types.ts';

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}

/** A rule's handbook link as a full address when the site's own address is known. */
export const absoluteUrl = (url: string, siteUrl: string | undefined) => (siteUrl ? new URL(url, siteUrl).href : url);
