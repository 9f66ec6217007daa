/**
 * Everything specific to one alumni organization lives here. Another alumni office adopts the
 * handbook by editing this module and the chapters in src/content/guidelines/ (whose front matter
 * traces the clauses of the office's own source documents). `Organization` (organization-type.ts)
 * describes every field; test/fixtures/second-organization/organization.ts is a complete second
 * example, and test/second-organization.test.ts checks and builds the handbook with it.
 */
import { statementOf, type DisclaimerKind, type GroupTypes, type Organization } from './organization-type.ts';

export type { DisclaimerKind, Organization } from './organization-type.ts';

/** The kinds of group, by the id group files write and the label readers see. */
export const groupTypes = {
  'scientific-collaboration': 'Scientific collaboration',
  regional: 'Regional',
  partnership: 'Partnership',
  school: 'School',
  'student-programme': 'Student programme',
  activity: 'Activity',
  other: 'Other',
} as const satisfies GroupTypes;

export type GroupType = keyof typeof groupTypes;

export const organization = {
  /** Used verbatim in the disclaimer statements: "operates independently of CERN". */
  name: 'CERN',
  /** The network's own name, as readers know it. */
  networkName: 'CERN Alumni',
  /**
   * The words group pages use for the organization instead of its name, in the network's languages
   * ("we speak on behalf of the Laboratory"): the official-claims rule reads them as the organization.
   * Written without accents; a word ending in * stands for any word it starts.
   */
  otherNames: ['laborat*', 'labor', 'labors', 'lab', 'organization', 'organisation', 'organizzazione', 'organizacion', 'organizacao', 'organisatie', 'organizacja', 'εργαστηριο', 'εργαστηριου', 'laboratuvar*'],
  office: {
    name: 'Office of Alumni Relations',
    /** GitHub handles of office staff: they may edit any group file. */
    staff: ['oar-handbook'],
    /** The team that owns every file that is not a group file (CODEOWNERS). */
    team: '@cern-alumni/office',
  },
  /** Where alumni join groups; group pages send readers there. */
  alumniPlatform: {
    name: 'the CERN Alumni platform',
    url: 'https://alumni.cern',
  },
  managers: { min: 2, max: 3 },
  /** A group whose last activity is older than this is due for deactivation. */
  inactivityMonths: 12,
  /** From this day of the year (month, day) next year's annual plan counts as current too. */
  nextYearPlanFrom: { month: 10, day: 1 },
  /**
   * The disclaimer statements an alumni-managed group must carry, with {group} and {organization}
   * replaced. `independence` always, `website` when the group has a website, `social` when it lists a
   * social media channel.
   */
  disclaimers: {
    independence:
      'The {group} is an autonomous group for alumni of {organization} and operates independently of {organization}.',
    website:
      'Responsibility for its website, and any and all activities associated with it, lies with the group and its organising committee; the website is not maintained, monitored, or in any way under the control of {organization}.',
    social:
      'The {group} takes full responsibility for its social media pages and groups, which are not operated by, under the authority of, or in association with, {organization}.',
  },
  /**
   * The documents the handbook restates, by the number the chapters cite them with (their `sources`
   * and `clauses`). The coverage page traces every clause of them to a section and to the rules.
   */
  guidelineSources: {
    '000': 'Guidelines for group managers',
    '001': 'Social media guidelines',
    '002': 'Updated social media guidelines',
    '003': 'Guidance for alumni groups',
  },
  /** Largest group file the checker accepts. */
  maxFileBytes: 256 * 1024,
  /** Largest picture a group may publish. */
  maxPictureBytes: 2 * 1024 * 1024,
  maxPictureSide: 6000,
  site: {
    title: 'CERN Alumni Groups Handbook',
    /** The published address; rule links become full addresses with it. */
    url: 'https://handbook.alumni.example.org',
  },
  repository: {
    url: 'https://github.com/cern-alumni/groups-handbook',
    branch: 'main',
  },
  translations: {
    fr: {
      siteTitle: 'Guide des groupes CERN Alumni',
      ofOrganization: 'du CERN',
      officeName: 'le Bureau des relations avec les alumni',
      alumniPlatformName: 'la plateforme CERN Alumni',
      groupTypes: {
        'scientific-collaboration': 'Collaboration scientifique',
        regional: 'Régional',
        partnership: 'Partenariat',
        school: 'École',
        'student-programme': 'Programme étudiant',
        activity: 'Activité',
        other: 'Autre',
      },
      guidelineSources: {
        '000': 'Lignes directrices pour les gestionnaires de groupe',
        '001': 'Lignes directrices pour les réseaux sociaux',
        '002': 'Lignes directrices mises à jour pour les réseaux sociaux',
        '003': 'Conseils pour les groupes d’alumni',
      },
    },
  },
} satisfies Organization;

/** The disclaimer statement of the given kind for a group, as the group file must carry it (of this organization unless told). */
export function disclaimerStatement(kind: DisclaimerKind, groupName: string, org: Organization = organization): string {
  return statementOf(org, kind, groupName);
}
