/** The organization's own words (site title, office, platform, kinds of group, source documents) in a language of the site. */
import { groupTypes, organization } from '../config/organization.ts';
import type { OrganizationTranslation } from '../config/organization-type.ts';
import { defaultLanguage, type Language } from './language.ts';

const inEnglish: OrganizationTranslation = {
  siteTitle: organization.site.title,
  ofOrganization: `of ${organization.name}`,
  officeName: `the ${organization.office.name}`,
  alumniPlatformName: organization.alumniPlatform.name,
  groupTypes,
  guidelineSources: organization.guidelineSources,
};

/** In English when the organization does not publish the language (the site then has no page in it). */
export function organizationIn(language: Language): OrganizationTranslation {
  return (language === defaultLanguage ? undefined : organization.translations?.[language]) ?? inEnglish;
}
