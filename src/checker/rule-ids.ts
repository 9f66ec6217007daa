/**
 * Every rule id of the catalogue, in the order the handbook lists the rules. An id, once published,
 * keeps its meaning. Findings, exceptions and the coverage of the guidelines name rules by these ids,
 * so a misspelt id fails type checking; the catalogue (rules/index.ts) has one module for each.
 */
export const ruleIds = [
  'file-format',
  'frontmatter-syntax',
  'schema',
  'plain-text',
  'placeholder',
  'slug',
  'unique-name',
  'managers-count',
  'managers-unique',
  'ownership',
  'region-required',
  'join-criteria-required',
  'join-criteria-fair',
  'disclaimer-required',
  'disclaimer-text',
  'annual-plan-current',
  'activity-recent',
  'dates-consistent',
  'body-limits',
  'mdx-esm',
  'mdx-expression',
  'mdx-element',
  'unsafe-url',
  'personal-data',
  'messaging-apps',
  'mailing-lists',
  'solicitation',
  'organization-logo',
  'official-claims',
  'image-alt',
  'image-missing',
  'picture-file',
  'picture-unused',
  'profanity',
  'inclusive-language',
  'https-links',
  'shortened-links',
  'exceptions-file',
  'exception-expired',
  'exception-unused',
] as const;

export type RuleId = (typeof ruleIds)[number];

const known: ReadonlySet<string> = new Set(ruleIds);

/** Whether a name read from a file (an exception, a cache) is a rule id. */
export const isRuleId = (name: string): name is RuleId => known.has(name);
