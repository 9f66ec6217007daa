/**
 * The shape of an organization's configuration, and what follows from it for every organization. An
 * office that adopts the handbook never edits this module: it writes its own src/config/organization.ts
 * (its `organization` declared `satisfies Organization`), and everything that takes an organization
 * (the checker, the rules, the site) accepts any value of this type.
 */

/** The disclaimer statements a group may have to carry: see `Organization['disclaimers']`. */
export type DisclaimerKind = 'independence' | 'website' | 'social';

/** The kinds of group, by the id group files write (`type: regional`) and the label readers see. */
export type GroupTypes = Readonly<Record<string, string>>;

/** The languages the site's own text can be published in; English is always published. */
export const otherLanguages = ['fr'] as const;
export type OtherLanguage = (typeof otherLanguages)[number];
export type Language = 'en' | OtherLanguage;

/**
 * The organization's own words in another language than English. The site is published in that
 * language too, and the chapters then need their translation in src/content/guidelines/<language>/.
 */
export interface OrganizationTranslation {
  /** The site's title. */
  readonly siteTitle: string;
  /** The organization's name after "of", as the language contracts it with its article (French « du CERN »). */
  readonly ofOrganization: string;
  /** The office's name with its article, as a sentence writes it after a verb ("le Bureau des relations avec les alumni"). */
  readonly officeName: string;
  /** The alumni platform as a sentence writes it, with its article. */
  readonly alumniPlatformName: string;
  /** The label of each kind of group, by the same ids as `GroupTypes`. */
  readonly groupTypes: GroupTypes;
  /** The title of each source document, by the same numbers as `guidelineSources`. */
  readonly guidelineSources: Readonly<Record<string, string>>;
}

export interface Organization {
  /** The organization's name, used verbatim in the disclaimer statements ("operates independently of CERN"). */
  readonly name: string;
  /** The network's own name, as readers know it; group names usually start with it. */
  readonly networkName: string;
  /**
   * The words group pages use for the organization instead of its name, in the network's languages
   * ("we speak on behalf of the Laboratory"): the official-claims rule reads them as the organization.
   * Written without accents; a word ending in * stands for any word it starts.
   */
  readonly otherNames: readonly string[];
  readonly office: {
    /** The office's name, as messages and pages write it after "the" ("the Office of Alumni Relations"). */
    readonly name: string;
    /** GitHub handles of office staff: they may edit and delete any group file. */
    readonly staff: readonly string[];
    /** The GitHub team that owns every file that is not a group file (CODEOWNERS), "@owner/team". */
    readonly team: string;
  };
  /** Where alumni join groups; group pages send readers there. */
  readonly alumniPlatform: {
    /** As a sentence writes it, with its article: "the CERN Alumni platform". */
    readonly name: string;
    readonly url: string;
  };
  /** How many managers a group has, at least and at most. */
  readonly managers: { readonly min: number; readonly max: number };
  /** A group whose last activity is older than this is due for deactivation. */
  readonly inactivityMonths: number;
  /** From this day of the year (month 1–12, day) next year's annual plan counts as current too. */
  readonly nextYearPlanFrom: { readonly month: number; readonly day: number };
  /**
   * The disclaimer statements an alumni-managed group must carry, with {group} and {organization}
   * replaced. `independence` always, `website` when the group has a website, `social` when it lists a
   * social media channel.
   */
  readonly disclaimers: Readonly<Record<DisclaimerKind, string>>;
  /**
   * The documents the handbook restates, by the number the chapters cite them with (their `sources`
   * and `clauses`), with their titles. The coverage page traces every clause of them to a section and
   * to the rules.
   */
  readonly guidelineSources: Readonly<Record<string, string>>;
  /** Largest group file the checker accepts, in bytes. */
  readonly maxFileBytes: number;
  /** Largest picture a group may publish, in bytes. */
  readonly maxPictureBytes: number;
  /** Widest or tallest picture a group may publish, in pixels. */
  readonly maxPictureSide: number;
  readonly site: {
    /** The site's title, on the home page and after every page's own title. */
    readonly title: string;
    /** The published address; rule links become full addresses with it. */
    readonly url: string;
  };
  /** The repository the site is built from: "edit this page" links and the checker's links to files. */
  readonly repository: { readonly url: string; readonly branch: string };
  /** The other languages the site is published in, with the organization's words in each. */
  readonly translations?: Readonly<Partial<Record<OtherLanguage, OrganizationTranslation>>>;
}

/** The disclaimer statement of the given kind for a group of this organization, as the group file must carry it. */
export function statementOf(organization: Organization, kind: DisclaimerKind, groupName: string): string {
  return organization.disclaimers[kind].replaceAll('{group}', groupName).replaceAll('{organization}', organization.name);
}
