/**
 * Realistic, valid and varied synthetic group files, the same for the same seed: the benchmark's
 * networks of thousands of groups and the fuzz tests' starting points. Every file passes every rule
 * on the `today` it is generated for.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { disclaimerStatement, groupTypes, organization, type GroupType } from '../../config/organization.ts';
import { activityKinds, socialPlatforms } from '../../schema/group.ts';

export interface SyntheticGroup {
  /** `<slug>.mdx` */
  fileName: string;
  content: string;
}

export interface SyntheticOptions {
  /** The date every generated group is valid on, YYYY-MM-DD. */
  today: string;
  seed?: number;
}

const cities = [
  ['Lyon', 'France'], ['Grenoble', 'France'], ['Paris', 'France'], ['Geneva', 'Switzerland'], ['Zurich', 'Switzerland'],
  ['Basel', 'Switzerland'], ['Milan', 'Italy'], ['Turin', 'Italy'], ['Rome', 'Italy'], ['Madrid', 'Spain'],
  ['Barcelona', 'Spain'], ['Lisbon', 'Portugal'], ['Munich', 'Germany'], ['Berlin', 'Germany'], ['Hamburg', 'Germany'],
  ['Vienna', 'Austria'], ['Prague', 'Czechia'], ['Krakow', 'Poland'], ['Warsaw', 'Poland'], ['Budapest', 'Hungary'],
  ['Athens', 'Greece'], ['Istanbul', 'Türkiye'], ['Oslo', 'Norway'], ['Stockholm', 'Sweden'], ['Helsinki', 'Finland'],
  ['Copenhagen', 'Denmark'], ['Amsterdam', 'Netherlands'], ['Brussels', 'Belgium'], ['Dublin', 'Ireland'], ['London', 'United Kingdom'],
  ['Edinburgh', 'United Kingdom'], ['Boston', 'United States'], ['Chicago', 'United States'], ['Toronto', 'Canada'], ['Montréal', 'Canada'],
  ['Mexico City', 'Mexico'], ['São Paulo', 'Brazil'], ['Buenos Aires', 'Argentina'], ['Santiago', 'Chile'], ['Cape Town', 'South Africa'],
  ['Nairobi', 'Kenya'], ['Lagos', 'Nigeria'], ['Cairo', 'Egypt'], ['Tel Aviv', 'Israel'], ['Mumbai', 'India'],
  ['Bengaluru', 'India'], ['Singapore', 'Singapore'], ['Seoul', 'South Korea'], ['Tokyo', 'Japan'], ['Sydney', 'Australia'],
] as const;
const themes = ['Physics', 'Engineering', 'Computing', 'Hiking', 'Running', 'Cycling', 'Book', 'Music', 'Chess', 'Sailing', 'Young Professionals', 'Entrepreneurs', 'Science Outreach', 'Photography', 'Skiing'];
const collaborations = ['ATLAS', 'CMS', 'ALICE', 'LHCb', 'ISOLDE', 'n_TOF', 'AMS', 'CLOUD', 'AWAKE', 'NA62', 'COMPASS', 'FASER', 'ALPHA', 'AEgIS'];
const programmes = ['Summer Student', 'Technical Student', 'Doctoral Student', 'Fellowship', 'Gentner Scholars', 'Openlab'];
const schools = ['School of Computing', 'Accelerator School', 'School of Physics', 'Latin-American School', 'Asia-Europe-Pacific School'];
const firstNames = ['Ada', 'Ben', 'Chiara', 'Daniel', 'Elif', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Lucía', 'Mei', 'Nikos', 'Olga', 'Pedro', 'Qing', 'Rania', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wanjiru', 'Xavier', 'Yara', 'Zofia'];
const lastNames = ['Martin', 'Okafor', 'Rossi', 'Schmidt', 'Tanaka', 'Novak', 'Haddad', 'Silva', 'Kowalski', 'Andersen', 'Mehta', 'Dubois', 'Ivanova', 'García', 'Chen', 'Mwangi', 'Papadopoulos', 'Lindqvist', 'Moreau', 'Yilmaz'];
const objectives = [
  'Keep alumni in touch with each other and with CERN.',
  'Bring CERN science to local audiences through public talks.',
  'Welcome alumni who have recently moved to the area.',
  'Share career experience between alumni at different stages of their careers.',
  'Organise visits to laboratories, universities and companies nearby.',
  'Keep the spirit of the collaboration alive after people move on.',
  'Help members find their way in a new field or a new country.',
  'Meet regularly for a shared activity and the conversation that goes with it.',
];
const activityTitles = ['Spring talk on the future of particle accelerators', 'Summer picnic', 'Autumn walk in the hills', 'Visit to a research laboratory', 'Annual meeting of members', 'Winter dinner', 'Newsletter to members', 'Career evening with alumni speakers', 'Open discussion on data science', 'Review of the year with the Office of Alumni Relations'];
const venues = ['Online', 'City library', 'University lecture hall', 'Science museum', 'Lakeside park'];
const paragraphs = [
  'We meet a few times a year. In spring we invite a speaker to talk about science connected with CERN, and the talk is open to friends and family. In summer we hold a picnic, and in autumn we go walking together.',
  'Members come from every part of the laboratory: physicists, engineers, technicians, administrators and students. What we share is the time we spent at CERN and an interest in what happens there today.',
  'Most of our activities are small and informal. Newcomers are always welcome, and there is no need to have known anyone in the group before: the first conversation is usually about where you worked at CERN.',
  'Each year the managers prepare a short plan of activities and share it with the Office of Alumni Relations, which helps us announce events to alumni in the area.',
  'We also keep in touch between events. Members share news of talks, exhibitions and open days nearby, and the managers send a short summary of the year to everyone in the group.',
  'Many of us arrived as students or fellows and stayed for years; others spent a single summer at the laboratory. Both are equally at home here, and so are alumni who have since changed field entirely.',
];

/** A small, fast pseudo-random generator (mulberry32): the same seed gives the same files on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (count: number) => Math.floor(next() * count);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)] as T;
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const pool = [...items];
    const count = min + below(max - min + 1);
    return Array.from({ length: Math.min(count, pool.length) }, () => pool.splice(below(pool.length), 1)[0] as T);
  };
  return { next, below, pick, some };
}

const slugify = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');

/** Folds text into YAML block lines of at most ~76 columns, indented by two spaces. */
function fold(text: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > 76) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.map((each) => `  ${each}`).join('\n');
}

const pad = (value: number) => String(value).padStart(2, '0');

function dayBefore(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/** `count` distinct, valid group files. */
export function syntheticGroups(count: number, { today, seed = 1 }: SyntheticOptions): SyntheticGroup[] {
  const rng = random(seed);
  const year = Number(today.slice(0, 4));
  const usedSlugs = new Set<string>();
  const groups: SyntheticGroup[] = [];
  const types = Object.keys(groupTypes) as GroupType[];

  for (let index = 0; index < count; index++) {
    const type = rng.pick(types);
    const [city, country] = rng.pick(cities);
    const theme = rng.pick(themes);
    const [baseName, topic] = {
      regional: [`CERN Alumni ${city} ${rng.next() < 0.4 ? '' : `${theme} `}Group`, city],
      'scientific-collaboration': ((experiment) => [`${experiment} Collaboration Alumni`, `the ${experiment} experiment`])(rng.pick(collaborations)),
      partnership: [`CERN Alumni and ${city} Partners`, `the partnership with ${city}`],
      school: ((school) => [`CERN ${school} Alumni`, `the ${school}`])(rng.pick(schools)),
      'student-programme': ((programme) => [`CERN ${programme} Alumni`, `the ${programme} programme`])(rng.pick(programmes)),
      activity: [`CERN Alumni ${theme} Club`, theme.toLowerCase()],
      other: [`CERN Alumni ${theme} Circle`, theme.toLowerCase()],
    }[type] as [string, string];
    const joinCriteria: Partial<Record<GroupType, string>> = {
      regional: `live or work in the ${city} area`,
      activity: "would like to take part in the group's activities",
      other: "would like to take part in the group's activities",
    };
    const plainName = baseName.replace(/ {2,}/g, ' ');
    let name = plainName;
    const baseSlug = slugify(name.replace(/^CERN Alumni /, ''));
    let slug = baseSlug;
    for (let suffix = 2; usedSlugs.has(slug); suffix++) {
      name = `${plainName} ${suffix}`;
      slug = `${baseSlug}-${suffix}`;
    }
    usedSlugs.add(slug);

    const managedBy = rng.next() < 0.9 ? 'alumni' : 'organization';
    const visibility = rng.next() < 0.5 ? 'public' : 'private';
    const managers = Array.from({ length: 2 + rng.below(2) }, (_, position) => {
      const first = rng.pick(firstNames);
      const last = rng.pick(lastNames);
      return { name: `${first} ${last}`, github: `${slugify(first)}-${slugify(last)}-${position + 1}` };
    });
    const lastActivity = dayBefore(today, 1 + rng.below(300));
    const founded = dayBefore(lastActivity, 30 + rng.below(3000));
    const activities = rng.some(activityTitles, 1, 4).map((title) => {
      const month = 1 + rng.below(12);
      const date = rng.next() < 0.7 ? `${year}-${pad(month)}-${pad(1 + rng.below(28))}` : `${year}-${pad(month)}`;
      return { title, date, kind: rng.pick(activityKinds), location: rng.next() < 0.7 ? rng.pick([...venues, `${city}, ${country}`]) : undefined };
    });
    const website = rng.next() < 0.6 ? `https://${slug}.alumni-groups.example.org` : undefined;
    const social = rng.next() < 0.5 ? rng.some(socialPlatforms.filter((platform) => platform !== 'other'), 1, 2) : [];
    const disclaimer = [
      disclaimerStatement('independence', name),
      ...(website ? [disclaimerStatement('website', name)] : []),
      ...(social.length > 0 ? [disclaimerStatement('social', name)] : []),
    ].join(' ');

    const lines = [
      '---',
      `name: ${name}`,
      `type: ${type}`,
      `managedBy: ${managedBy}`,
      `visibility: ${visibility}`,
      `summary: Alumni ${type === 'regional' ? `living around ${city}` : `with a link to ${topic}`} meet for talks, visits and informal gatherings.`,
      ...(type === 'regional' || rng.next() < 0.3 ? [`region: ${city}, ${country}`] : []),
      `founded: ${founded}`,
      'managers:',
      ...managers.flatMap((manager) => [`  - name: ${manager.name}`, `    github: ${manager.github}`]),
      'objectives:',
      ...rng.some(objectives, 1, 4).map((objective) => `  - ${objective}`),
      ...(visibility === 'private' ? [`joinCriteria: Alumni who ${joinCriteria[type] ?? `have a link with ${topic}`}.`] : []),
      `lastActivity: ${lastActivity}`,
      'annualPlan:',
      `  year: ${year}`,
      '  activities:',
      ...activities.flatMap((activity) => [
        `    - title: ${activity.title}`,
        `      date: ${activity.date}`,
        `      kind: ${activity.kind}`,
        ...(activity.location ? [`      location: ${activity.location}`] : []),
      ]),
      ...(website || social.length > 0
        ? [
            'channels:',
            ...(website ? [`  website: ${website}`] : []),
            ...(social.length > 0 ? ['  social:', ...social.flatMap((platform) => [`    - platform: ${platform}`, `      url: https://www.${platform}.com/groups/${slug}`])] : []),
          ]
        : []),
      ...(managedBy === 'alumni' ? ['disclaimer: >-', fold(disclaimer)] : []),
      '---',
      '',
      `The ${name} is for everyone from the ${organization.networkName} network ${type === 'regional' ? `who lives or works around ${city}` : 'who shares its interest'}. ${rng.pick(paragraphs)}`,
      '',
      ...rng.some(paragraphs, 3, 3).flatMap((paragraph) => [paragraph, '']),
      '## How to take part',
      '',
      `Request to join the group on ${organization.alumniPlatform.name}.${website ? ` Our [website](${website}) has a calendar of what is coming up.` : ''} Questions about the group go to the managers through the platform, and they answer within a few days.`,
      '',
      '- Come to the next event: the plan for the year is below.',
      `- Tell the managers what you would like the group to do in ${year + 1}.`,
      '- Bring a colleague from the network: every event is open to all alumni.',
      '',
    ];
    groups.push({ fileName: `${slug}.mdx`, content: lines.join('\n') });
  }
  return groups;
}

/** Writes `count` synthetic groups into `folder` (created if needed) and returns their file names. */
export async function writeSyntheticGroups(folder: string, count: number, options: SyntheticOptions): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const groups = syntheticGroups(count, options);
  await Promise.all(groups.map((group) => writeFile(path.join(folder, group.fileName), group.content)));
  return groups.map((group) => group.fileName);
}
