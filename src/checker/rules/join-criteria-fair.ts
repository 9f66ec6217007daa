import { defineRule } from './define.ts';
import { spansOf, type TextSpan } from '../text/spans.ts';

/** The grounds a private group may not select on, as the handbook names them. */
type Ground = 'profession' | 'nationality' | 'culture or religion' | 'age' | 'generation' | 'gender' | 'personal preferences';

const dimensions = String.raw`(?:ages?|age\s+groups?|generations?|genders?|sex(?:es)?|nationalit(?:y|ies)|citizenships?|passports?|countr(?:y|ies)\s+of\s+origin|origins?|ethnicit(?:y|ies)|races?|cultures?|cultural\s+backgrounds?|backgrounds?|religions?|faiths?|beliefs?|languages?|mother\s+tongues?|professions?|occupations?|jobs?|careers?|career\s+stages?|fields?|disciplines?|(?:sexual\s+)?orientations?|preferences?|lifestyles?|identit(?:y|ies)|walks\s+of\s+life)`;
/**
 * Wording that opens a group to everyone ("open to all ages", "regardless of nationality and gender",
 * "men and women alike"). It is blanked out before the grounds are looked for, so naming a ground to
 * include everyone is not mistaken for selecting on it.
 */
const inclusive = new RegExp(
  [
    String.raw`\b(?:regardless\s+of|irrespective\s+of|independent(?:ly)?\s+of|without\s+regard\s+to|no\s+matter|whatever|whichever|of\s+(?:any|all|every)|open\s+to\s+(?:all|any|every)|(?:all|any|every))\s+(?:(?:their|your|the|one['’]s|what)\s+)?${dimensions}(?:\s*(?:,|and|or|\/|&)\s*(?:(?:their|your)\s+)?${dimensions})*(?:\s+(?:are|is)\s+welcome)?`,
    String.raw`\bno\s+(?:${dimensions})\s+(?:limits?|restrictions?|requirements?|criteria|conditions?)\b`,
    String.raw`\bnot\s+(?:restricted|limited)\s+(?:by|to)\s+(?:any\s+)?${dimensions}`,
    String.raw`\b(?:both\s+)?(?:men\s+and\s+women|women\s+and\s+men)(?:\s+alike)?\b`,
    String.raw`\b(?:working\s+or\s+retired|retired\s+or\s+(?:still\s+)?working|active\s+or\s+retired)\b`,
    String.raw`\b(?:the\s+)?(?:next|future)\s+generations?(?:\s+of\s+\w+)?`,
  ].join('|'),
  'gi',
);

const demonyms =
  'afghan|albanian|algerian|american|argentin(?:e|ian)|armenian|australian|austrian|azerbaijani|bangladeshi|belgian|bolivian|bosnian|brazilian|british|bulgarian|cameroonian|canadian|chilean|chinese|colombian|croatian|cypriot|czech|danish|dutch|ecuadorian|egyptian|english|estonian|ethiopian|european|filipin[ao]|finnish|french|georgian|german|ghanaian|greek|hungarian|icelandic|indian|indonesian|iranian|iraqi|irish|israeli|italian|japanese|jordanian|kazakh|kenyan|korean|latvian|lebanese|lithuanian|luxembourg(?:ish|er)|malaysian|maltese|mexican|moroccan|nepali|nigerian|norwegian|pakistani|palestinian|peruvian|polish|portuguese|romanian|russian|rwandan|saudi|scottish|senegalese|serbian|singaporean|slovak|slovenian|south\s+african|spanish|sri\s+lankan|swedish|swiss|syrian|taiwanese|tanzanian|thai|tunisian|turkish|ugandan|ukrainian|uruguayan|venezuelan|vietnamese|welsh|zambian|zimbabwean|asian|african|arab|latin[ao]?|hispanic|western|eastern|western\s+european|non-?european|non-?eu|eu|foreign';
const languages =
  'english|french|german|italian|spanish|portuguese|dutch|russian|chinese|mandarin|cantonese|japanese|korean|arabic|hindi|swahili|turkish|polish|greek|swedish|norwegian|danish|finnish|czech|hungarian|romanian|hebrew|persian|farsi|urdu|bengali|tamil';
const peopleNouns = String.raw`(?:nationals?|citizens?|citizenship|passports?|passport\s+holders|people|persons|alumni|alumn(?:us|a|ae)|members|origin|descent|heritage|background|nationality|only|born|residents\s+only)`;
const numberNotAnAge = String.raw`(?!\s*(?:%|percent|km|kilomet|miles?|minutes?|hours?|days?|weeks?|months?|members|alumni|people|persons|events?|times|visits?|talks?|years?\s+(?:at|in|with|of\s+(?:service|work|experience))|years?\s+(?:ago|before|after)))`;
const ageNumber = String.raw`(?:1[6-9]|[2-9]\d|1[01]\d)`;

const grounds: { ground: Ground; pattern: RegExp }[] = [
  {
    ground: 'gender',
    pattern:
      /\b(?<!isle\s+of\s+)(?:wom[ae]n|females?|ladies|lady|girls?|men|males?|gentlemen|boys?|mothers?|fathers?|mums?|moms?|dads?|wives|husbands|sorority|fraternity|feminine|masculine|non-?binary|transgender|trans(?![\w-])|cis(?:gender)?(?![\w-])|genders?|sex(?:es)?)\b/gi,
  },
  {
    ground: 'age',
    pattern: new RegExp(
      [
        String.raw`\b(?:under|over|below|above|younger\s+than|older\s+than|at\s+least|at\s+most|up\s+to|aged?|maximum\s+age(?:\s+of)?|minimum\s+age(?:\s+of)?|max\.?\s+age|min\.?\s+age)[\s-]+(?:the\s+age\s+of\s+)?${ageNumber}s?\b${numberNotAnAge}`,
        String.raw`\b${ageNumber}\s*(?:\+|plus\b|and\s+(?:over|under|older|younger|above|below)\b|or\s+(?:over|under|older|younger|above|below)\b)${numberNotAnAge}`,
        String.raw`\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\s*(?:years?[\s-]old|year[\s-]olds?|years?\s+of\s+age)\b`,
        String.raw`\b\d{1,3}[\s-]?years?[\s-]old|years?\s+of\s+age|year[\s-]olds?\b`,
        String.raw`\b(?:in\s+(?:their|your)\s+(?:[1-9]0s|twenties|thirties|forties|fifties|sixties|seventies|eighties))\b`,
        String.raw`\b(?:young|younger|youngest|older|oldest|elderly|senior|junior)\s+(?:alumni|alumn(?:us|a|ae)|members?|people|persons|professionals|researchers|scientists|engineers|physicists|graduates)\b`,
        String.raw`\b(?:youth|youths|elderly|seniors|juniors|retirees?|retired|pensioners?|teenagers?|adolescents|minors|age\s+(?:limit|range|group|bracket|requirement|restriction|cap)s?)\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    ground: 'generation',
    pattern:
      /\b(?:generations?|gen(?:eration)?[\s-]?[xyz]|millennials?|boomers?|baby[\s-]boomers?|zoomers?|born\s+(?:in|after|before|between|since|from)\s+(?:the\s+)?\d{2,4}s?|(?:before|after|since|until|prior\s+to)\s+(?:the\s+year\s+)?(?:19|20)\d{2}s?|between\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}|early[\s-]career|mid[\s-]career|late[\s-]career|recent\s+(?:graduates|alumni)|newly\s+graduated)\b/gi,
  },
  {
    ground: 'nationality',
    pattern: new RegExp(
      [
        String.raw`\b(?:non-?)?(?:${demonyms})(?:\s*(?:,|and|or|\/)\s*(?:${demonyms}))*[\s-]+${peopleNouns}\b`,
        String.raw`\b(?:native|non-?native|fluent|mother[\s-]tongue)\s+(?:(?:${languages})\s+)?(?:speakers?|speaking)\b`,
        String.raw`\b(?:${languages})[\s-]speak(?:ers?|ing\s+(?:alumni|people|persons|members|only))\b`,
        String.raw`\b(?:who|that)\s+speaks?\s+(?:fluent\s+)?(?:${languages})\b`,
        String.raw`\b(?:nationals?|nationality|nationalities|citizens?\s+of|citizenship|passports?|passport\s+holders|expats?|expatriates?|foreigners?|immigrants?|ethnic(?:ity|ities)?|racial|(?:${demonyms})s)\b`,
        String.raw`\b(?:americans|germans|italians|kenyans|canadians|indians|brits|britons|nigerians|russians|mexicans|brazilians|australians|europeans|africans|asians|arabs|latinos|latinas)\b`,
        String.raw`\bof\s+\w+\s+(?:origin|descent|heritage|extraction)\b`,
        String.raw`\b(?:mother\s+tongue|first\s+language|native\s+language)\b`,
      ].join('|'),
      'gi',
    ),
  },
  {
    ground: 'culture or religion',
    pattern:
      /\b(?:catholics?|protestants?|christians?|christianity|muslims?|islamic|jews|jewish|hindus?|buddhists?|sikhs?|atheists?|agnostics?|believers|religious|religions?|faiths?|churchgoers|mosque|synagogue|temple\s+members|cultural(?:ly)?\s+(?:background|identity|heritage|roots)|(?:same|shared|common)\s+culture|caste)\b/gi,
  },
  {
    ground: 'profession',
    pattern:
      /\b(?:physicists?|engineers?|scientists?|technicians?|doctors?|physicians?|medics?|nurses?|lawyers?|attorneys?|teachers?|professors?|lecturers?|programmers?|(?:software\s+)?developers?|coders?|researchers?\s+only|entrepreneurs?|executives?|bankers?|accountants?|architects?|chemists?|mathematicians?|biologists?|economists?|consultants?|managers\s+only|(?:it|tech|finance|industry)\s+professionals|professionals?\s+only|professions?|occupations?|job\s+titles?|(?:no|not|except|excluding|without|other\s+than|but\s+not)\s+(?:current\s+)?students?|students?\s+(?:only|excluded|not\s+(?:admitted|accepted|allowed|welcome|eligible))|only\s+students)\b/gi,
  },
  {
    ground: 'personal preferences',
    pattern:
      /\b(?:straight|heterosexuals?|homosexuals?|gays?|lesbians?|bisexuals?|queer|lgbt\w*\+?|sexual(?:ity|\s+orientation)?|married|unmarried|singles|single\s+(?:alumni|people|persons|members)|divorced|childless|vegans?|vegetarians?|(?:non-?)?smokers?|(?:non-?)?drinkers?|political(?:ly)?|left[\s-]wing|right[\s-]wing|conservatives|liberals|(?:conservative|liberal)\s+(?:alumni|people|members|voters)|party\s+members?)\b/gi,
  },
];

export default defineRule({
  id: 'join-criteria-fair',
  severity: 'error',
  summary: 'join criteria do not select on profession, nationality, culture, age, generation, gender or personal preferences',
  guideline: 'managing-a-group#no-discrimination',
  rationale:
    'A private group’s managers accept or reject each request to join. The criteria they apply must link people to the group by place, affiliation or programme, never by who they are: these grounds are dimensions of the organization’s diversity policy.',
  examples: {
    valid: [
      { title: 'A place', frontmatter: 'joinCriteria: Alumni who live near Lyon.' },
      { title: 'An affiliation', frontmatter: 'joinCriteria: Alumni who were members of the CMS Collaboration, at {organization} or at a collaborating institute.' },
      { title: 'A programme, with students who took part in it', frontmatter: 'joinCriteria: Former {organization} summer students and technical students who took part in the openlab programme.' },
      { title: 'Open to everyone, naming the grounds', frontmatter: 'joinCriteria: Alumni of all ages and nationalities who live or work in the Rhône-Alpes region, regardless of gender or profession.' },
      { title: 'Men and women alike, and a length of stay', frontmatter: 'joinCriteria: Men and women alike who spent over 6 months at {organization} and now live in the Geneva area.' },
    ],
    invalid: [
      { title: 'Gender', frontmatter: 'joinCriteria: Women only, living in the Lyon area.', reports: [{ at: 'Women', message: 'The join criteria select people by gender ("Women"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Age', frontmatter: 'joinCriteria: Alumni under 35 who live in Lyon.', reports: [{ at: 'under 35', message: 'The join criteria select people by age ("under 35"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Age, as a negation', frontmatter: 'joinCriteria: Alumni near Lyon; no one over 40.', reports: [{ at: 'over 40', message: 'The join criteria select people by age ("over 40"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Nationality', frontmatter: 'joinCriteria: French nationals who live in the Lyon area.', reports: [{ at: 'French nationals', message: 'The join criteria select people by nationality ("French nationals"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Profession', frontmatter: 'joinCriteria: Engineers only, from any {organization} department.', reports: [{ at: 'Engineers', message: 'The join criteria select people by profession ("Engineers"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Generation', frontmatter: 'joinCriteria: Alumni born after 1990 who live in Lyon.', reports: [{ at: 'born after 1990', message: 'The join criteria select people by generation ("born after 1990"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Language as a proxy for nationality', frontmatter: 'joinCriteria: Native German speakers living near Lyon.', reports: [{ at: 'Native German speakers', message: 'The join criteria select people by nationality ("Native German speakers"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Religion', frontmatter: 'joinCriteria: Catholic alumni of the Lyon area.', reports: [{ at: 'Catholic', message: 'The join criteria select people by culture or religion ("Catholic"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Personal preferences', frontmatter: 'joinCriteria: Straight alumni living in Lyon.', reports: [{ at: 'Straight', message: 'The join criteria select people by personal preferences ("Straight"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
      { title: 'Generation, by leaving date', frontmatter: 'joinCriteria: Alumni who left {organization} before 2000.', reports: [{ at: 'before 2000', message: 'The join criteria select people by generation ("before 2000"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").' }] },
    ],
  },
  check(group, { report }) {
    for (const span of spansOf(group, ['joinCriteria'], { body: false })) {
      for (const { ground, words, start, end } of unfairCriteria(span)) {
        report(
          span.rangeOf(start, end),
          `The join criteria select people by ${ground} ("${words}"). Remove it: a private group may only ask for a link with the group, such as where people live or work, a collaboration or a programme (for example "Alumni who live or work in the Lyon area").`,
        );
      }
    }
  },
});

/** Each place where the criteria select on a ground, first match per place. */
export function unfairCriteria(span: TextSpan): { ground: Ground; words: string; start: number; end: number }[] {
  const text = span.text.replace(inclusive, (wording) => ' '.repeat(wording.length));
  const found: { ground: Ground; words: string; start: number; end: number }[] = [];
  for (const { ground, pattern } of grounds) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (found.some((other) => start < other.end && other.start < end)) continue;
      found.push({ ground, words: match[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
