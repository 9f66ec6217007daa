/** The rule catalogue, in the order the handbook lists it. An id, once published, keeps its meaning. */
import type { Rule, RuleId } from '../types.ts';
import activityRecent from './activity-recent.ts';
import annualPlanCurrent from './annual-plan-current.ts';
import bodyLimits from './body-limits.ts';
import datesConsistent from './dates-consistent.ts';
import disclaimerRequired from './disclaimer-required.ts';
import disclaimerText from './disclaimer-text.ts';
import exceptionExpired from './exception-expired.ts';
import exceptionUnused from './exception-unused.ts';
import exceptionsFile from './exceptions-file.ts';
import fileFormat from './file-format.ts';
import frontmatterSyntax from './frontmatter-syntax.ts';
import httpsLinks from './https-links.ts';
import imageAlt from './image-alt.ts';
import imageMissing from './image-missing.ts';
import inclusiveLanguage from './inclusive-language.ts';
import joinCriteriaFair from './join-criteria-fair.ts';
import joinCriteriaRequired from './join-criteria-required.ts';
import mailingLists from './mailing-lists.ts';
import managersCount from './managers-count.ts';
import managersUnique from './managers-unique.ts';
import mdxElement from './mdx-element.ts';
import mdxEsm from './mdx-esm.ts';
import mdxExpression from './mdx-expression.ts';
import messagingApps from './messaging-apps.ts';
import officialClaims from './official-claims.ts';
import organizationLogo from './organization-logo.ts';
import ownership from './ownership.ts';
import personalData from './personal-data.ts';
import placeholder from './placeholder.ts';
import plainText from './plain-text.ts';
import pictureFile from './picture-file.ts';
import pictureUnused from './picture-unused.ts';
import profanity from './profanity.ts';
import regionRequired from './region-required.ts';
import schema from './schema.ts';
import shortenedLinks from './shortened-links.ts';
import slug from './slug.ts';
import solicitation from './solicitation.ts';
import uniqueName from './unique-name.ts';
import unsafeUrl from './unsafe-url.ts';

export const rules: readonly Rule[] = [
  fileFormat,
  frontmatterSyntax,
  schema,
  plainText,
  placeholder,
  slug,
  uniqueName,
  managersCount,
  managersUnique,
  ownership,
  regionRequired,
  joinCriteriaRequired,
  joinCriteriaFair,
  disclaimerRequired,
  disclaimerText,
  annualPlanCurrent,
  activityRecent,
  datesConsistent,
  bodyLimits,
  mdxEsm,
  mdxExpression,
  mdxElement,
  unsafeUrl,
  personalData,
  messagingApps,
  mailingLists,
  solicitation,
  organizationLogo,
  officialClaims,
  imageAlt,
  imageMissing,
  pictureFile,
  pictureUnused,
  profanity,
  inclusiveLanguage,
  httpsLinks,
  shortenedLinks,
  exceptionsFile,
  exceptionExpired,
  exceptionUnused,
];

/** Rules that keep a file readable and safe rather than enforcing a guideline: no clause of the source documents needs to claim them. */
export const technicalRules: readonly Rule[] = [fileFormat, frontmatterSyntax, schema, plainText, placeholder, slug, bodyLimits, mdxEsm, mdxExpression, mdxElement, unsafeUrl, imageMissing, pictureFile, pictureUnused, exceptionsFile, exceptionExpired, exceptionUnused];

/** The rules that keep code and script out of a group page: no exception can waive them. */
export const securityRules: readonly Rule[] = [mdxEsm, mdxExpression, mdxElement, unsafeUrl];

const byId = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

/** The rule with this id, or undefined when the catalogue has none (an id read from a file). */
export const findRule = (id: string): Rule | undefined => byId.get(id);

export function ruleById(id: RuleId): Rule {
  const rule = byId.get(id);
  if (!rule) throw new Error(`The catalogue has no module for the rule id "${id}"`);
  return rule;
}
