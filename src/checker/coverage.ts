/**
 * Every clause of the source guidelines, where the handbook states it, and how it is enforced: by the
 * rules that check it, or not at all, with the reason. test/catalogue.test.ts keeps this list, the
 * rules and the handbook's headings consistent, and the coverage page publishes it.
 */

export type SeedId = '000' | '001' | '002' | '003';

interface ClauseBase {
  seed: SeedId;
  /** What the clause says, in a short paraphrase. */
  says: string;
  /** The handbook section that states it: "chapter#anchor". */
  section: string;
}

export type Clause = ClauseBase & ({ rules: readonly string[] } | { notCheckable: string });

export const seedTitles: Record<SeedId, string> = {
  '000': 'Guidelines for group managers',
  '001': 'Social media guidelines',
  '002': 'Updated social media guidelines',
  '003': 'Guidance for alumni groups',
};

const offline = 'It concerns what happens on the alumni platform or on the group’s channels, which the checker does not see; the office and the managers look after it.';
const judgement = 'It calls for judgement about content that no pattern can make reliably; the office reviews every pull request.';

export const clauses: readonly Clause[] = [
  // 000: guidelines for group managers
  { seed: '000', says: 'Groups are of different types: scientific collaboration, regional, partnership, school, student programme, activity.', section: 'about-groups#group-types', rules: ['schema', 'region-required'] },
  { seed: '000', says: 'Groups are either managed by the organization’s staff or by alumni.', section: 'about-groups#who-manages-a-group', rules: ['schema', 'disclaimer-text'] },
  { seed: '000', says: 'Each group has at least two and at most three managers.', section: 'managing-a-group#managers', rules: ['managers-count', 'managers-unique', 'ownership'] },
  { seed: '000', says: 'In a public group any registered user may join, without moderation.', section: 'about-groups#public-and-private-groups', rules: ['schema'] },
  { seed: '000', says: 'In a private group, managers moderate requests to join.', section: 'managing-a-group#moderating-join-requests', rules: ['join-criteria-required'] },
  { seed: '000', says: 'Join requests are never refused on the grounds of profession, nationality, culture, age, generation, gender or individual preferences.', section: 'managing-a-group#no-discrimination', rules: ['join-criteria-fair'] },
  { seed: '000', says: 'The office monitors the creation of groups and follows up their activity.', section: 'about-groups#the-offices-role', rules: ['unique-name'] },
  { seed: '000', says: 'Groups support the programme’s objectives: the organization’s aims, a lifelong connection, communication with alumni.', section: 'about-groups#objectives-every-group-supports', notCheckable: 'Whether activities serve these aims is the office’s judgement; the schema only requires each group to state one to five objectives of its own.' },
  { seed: '000', says: 'Groups do not provide a political platform or take part in collective bargaining.', section: 'about-groups#what-groups-are-not', notCheckable: judgement },
  { seed: '000', says: 'The objectives of a new group are defined and discussed with the office first.', section: 'starting-a-group#define-your-objectives', notCheckable: 'The discussion happens before the pull request; the checker sees only its outcome, the objectives field.' },
  { seed: '000', says: 'A manager requests the creation of a group from the office, which follows up if it complies.', section: 'starting-a-group#propose-the-group', rules: ['unique-name', 'slug'] },
  { seed: '000', says: 'Managers coordinate registration and keep members’ personal data confidential.', section: 'managing-a-group#personal-data', rules: ['personal-data'] },
  { seed: '000', says: 'Managers monitor all contributions and comments against the social media guidelines.', section: 'managing-a-group#monitoring-contributions', notCheckable: offline },
  { seed: '000', says: 'Managers interact actively; a group inactive for over a year is deactivated.', section: 'ending-a-group#deactivation', rules: ['activity-recent', 'dates-consistent'] },
  { seed: '000', says: 'A group may be terminated at its managers’ request or on the office’s initiative, for instance when it does not respect the organization’s values.', section: 'ending-a-group#termination', notCheckable: 'A decision of the office, which records it in the status field.' },

  // 001: social media guidelines
  { seed: '001', says: 'Post responsibly: what you post stays public.', section: 'social-media-conduct#post-with-care', notCheckable: judgement },
  { seed: '001', says: 'Post correctly: news and information rest on checked facts.', section: 'social-media-conduct#post-with-care', notCheckable: 'Facts cannot be checked by a program; the office reviews each page.' },
  { seed: '001', says: 'Post clearly: avoid jargon and slang for a wide audience.', section: 'social-media-conduct#post-with-care', notCheckable: judgement },
  { seed: '001', says: 'Post reasonably: show your passion but avoid overposting.', section: 'social-media-conduct#post-with-care', notCheckable: offline },
  { seed: '001', says: 'Post as yourself: be honest about your identity and role; statements are personal, with a disclaimer where needed.', section: 'social-media-conduct#speak-as-yourself', rules: ['disclaimer-required', 'disclaimer-text'] },
  { seed: '001', says: 'Refer to content with links rather than copying it.', section: 'social-media-conduct#refer-with-links', rules: ['https-links'] },
  { seed: '001', says: 'Refer to external sources, products or services with caution: they may imply endorsement.', section: 'social-media-conduct#external-endorsements', rules: ['solicitation'] },
  { seed: '001', says: 'Respect the organization’s rules: code of conduct, computing rules, staff rules.', section: 'social-media-conduct#rules-and-reputation', notCheckable: judgement },
  { seed: '001', says: 'Respect the organization’s reputation.', section: 'social-media-conduct#rules-and-reputation', notCheckable: judgement },
  { seed: '001', says: 'The organization’s logo is legally protected and must not appear in postings.', section: 'social-media-conduct#the-logo', rules: ['organization-logo'] },
  { seed: '001', says: 'Respect privacy: limit personal details; personal information raises safety concerns.', section: 'social-media-conduct#privacy', rules: ['personal-data'] },
  { seed: '001', says: 'Share only public information, nothing confidential or internal.', section: 'social-media-conduct#confidential-information', notCheckable: 'Whether information is confidential is known only to those who hold it.' },
  { seed: '001', says: 'Respect intellectual property: have the rights to what you upload.', section: 'social-media-conduct#intellectual-property', notCheckable: 'The checker cannot know who holds the rights to a picture or a text.' },
  { seed: '001', says: 'Handle differences of opinion constructively.', section: 'social-media-conduct#differences-of-opinion', notCheckable: offline },
  { seed: '001', says: 'Respect the well-being of others: no offensive comments.', section: 'social-media-conduct#well-being-of-others', rules: ['profanity'] },
  { seed: '001', says: 'Speaking officially for the organization needs proper authorisation.', section: 'social-media-conduct#official-communications', rules: ['official-claims'] },
  { seed: '001', says: 'Keep a reasonable balance between social media and work and home life.', section: 'social-media-conduct#balance', notCheckable: 'Personal advice, not a property of a group file.' },

  // 002: updated social media guidelines
  { seed: '002', says: 'Make content accessible and inclusive.', section: 'social-media-conduct#accessible-and-inclusive-content', rules: ['image-alt', 'inclusive-language'] },
  { seed: '002', says: 'Be transparent and accurate, correct mistakes and keep information up to date.', section: 'social-media-conduct#accessible-and-inclusive-content', rules: ['annual-plan-current', 'dates-consistent'] },
  { seed: '002', says: 'Be cautious with external endorsements and ask for advice when in doubt.', section: 'social-media-conduct#external-endorsements', rules: ['solicitation'] },
  { seed: '002', says: 'Use generative AI responsibly, with transparency and respect for privacy.', section: 'social-media-conduct#generative-ai', notCheckable: 'Text written with AI cannot be recognised reliably.' },
  { seed: '002', says: 'Institutional accounts follow instructions on authorisation, branding and content.', section: 'social-media-conduct#institutional-accounts', notCheckable: 'Institutional accounts are not group files; their authorisation is handled by the office.' },

  // 003: guidance for alumni groups
  { seed: '003', says: 'Groups plan their activity annually and share the plan with the office.', section: 'planning-and-communications#annual-plan', rules: ['annual-plan-current', 'dates-consistent'] },
  { seed: '003', says: 'Groups may not create or keep their own alumni databases or mailing lists.', section: 'planning-and-communications#alumni-data-and-mailing-lists', rules: ['mailing-lists'] },
  { seed: '003', says: 'Formal communications go through the office’s central system, requested with its form.', section: 'planning-and-communications#event-and-communication-requests', notCheckable: 'Requests reach the office outside the handbook; the checker only keeps the page from collecting data itself (mailing-lists).' },
  { seed: '003', says: 'The office promotes groups and their activities; groups keep it up to date with their plans.', section: 'planning-and-communications#promotion-by-the-office', rules: ['annual-plan-current', 'activity-recent'] },
  { seed: '003', says: 'An independent website carries the disclaimer prominently.', section: 'websites-and-social-media#independent-websites', rules: ['disclaimer-text'] },
  { seed: '003', says: 'Social media pages carry the disclaimer.', section: 'websites-and-social-media#social-media-pages', rules: ['disclaimer-text'] },
  { seed: '003', says: 'The disclaimer statements, word for word, with the group’s name.', section: 'websites-and-social-media#the-disclaimer', rules: ['disclaimer-required', 'disclaimer-text'] },
  { seed: '003', says: 'Messaging-app groups are private activity that the office does not promote.', section: 'websites-and-social-media#messaging-apps', rules: ['messaging-apps'] },
  { seed: '003', says: 'The constitution, byelaws and ethics code apply to online conduct at all times.', section: 'online-conduct#standards-that-apply', notCheckable: judgement },
  { seed: '003', says: 'Posts are free of disability, age, race, gender, religion or sexual discrimination.', section: 'online-conduct#free-of-discrimination', rules: ['inclusive-language', 'profanity', 'join-criteria-fair'] },
  { seed: '003', says: 'Alumni represent themselves accurately and make no false claims.', section: 'online-conduct#accurate-representation', rules: ['official-claims'] },
  { seed: '003', says: 'Other charities are not promoted through the organization’s channels.', section: 'online-conduct#charities', rules: ['solicitation'] },
  { seed: '003', says: 'No unsolicited advertising or funding requests.', section: 'online-conduct#advertising-and-funding-requests', rules: ['solicitation'] },
  { seed: '003', says: 'The office may ask for content that breaks these principles to be removed.', section: 'online-conduct#removal-of-content', notCheckable: 'A power of the office, not a property of a file.' },
];

/** Rules that keep a file readable and safe rather than enforcing a guideline; no clause needs to claim them. */
export const technicalRules: readonly string[] = [
  'file-format',
  'frontmatter-syntax',
  'schema',
  'slug',
  'body-limits',
  'mdx-esm',
  'mdx-expression',
  'mdx-element',
  'unsafe-url',
  'exceptions-file',
  'exception-expired',
  'exception-unused',
];
