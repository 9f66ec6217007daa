import { cuss as english } from 'cuss';
import { fold, isCapitalised, Lexicon, wordedText, type LexiconMatch, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/**
 * Words the English cuss list rates as certainly profane but that are ordinary words, names or places
 * in group pages: "Ho Chi Minh City", "the Hooker telescope", "welfare", "a pansy".
 */
const ordinaryEnglish = [
  'booby', 'booty', 'bung', 'bule', 'chug', 'chugs', 'chunky', 'cocky', 'cumquat', 'dink', 'dinks', 'dipstick', 'dix', 'dong', 'dope', 'dumb', 'fu', 'gables', 'geezer', 'geez',
  'geni', 'gora', 'hapa', 'ho', 'hooker', 'hookers', 'hore', 'jeez', 'jig', 'jigs', 'jigger', 'jiggers', 'kum', 'kumquat', 'kwa', 'looser', 'niggle', 'niggled', 'niggles', 'niggling',
  'nigglings', 'nip', 'noonan', 'carruth', 'pansies', 'pansy', 'pom', 'poms', 'prick', 'pud', 'puss', 'quickie', 'rere', 'rigger', 'scallywag', 'slave', 'spit', 'spitter',
  'spunky', 'stringer', 'stupid', 'sucker', 'taff', 'tang', 'teste', 'tinker', 'tinkers', 'triplex', 'twinkie', 'uck', 'wab', 'welfare', 'whiz', 'whop', 'willie', 'wn',
  'yank', 'yanks',
];
/** Words the English list only rates as possibly profane that are vulgar in every sense. */
const englishVulgar = ['bastard', 'bitch', 'bitches', 'boob', 'boobs', 'clit', 'damn', 'dildo', 'dyke', 'fag', 'fart', 'farted', 'farting', 'horny', 'porn', 'porno', 'pussy', 'shit', 'tits', 'turd'];
/** English swearing that is no ordinary word in any language of the network: found on every page, and in compounds ("shitshow", "clusterfuck"). */
const englishEverywhere = ['fuck*', 'fucking', 'motherfuck*', 'shit*', 'bullshit*', 'asshole*', 'arsehole*', 'wtf', 'clusterfuck*', 'dickhead*', 'bitch', 'bitches', 'bitchy'];

/** The English words cuss rates as certainly profane, and their plurals. */
function englishWords(): string[] {
  const certain = Object.entries(english).filter(([word, sureness]) => sureness >= 2 && !ordinaryEnglish.includes(word)).map(([word]) => word);
  return [...certain, ...certain.map((word) => `${word}s`), ...englishVulgar];
}

/**
 * Profane and vulgar words, by page language (ISO 639-3). English comes from cuss; its lists for other
 * languages rate hundreds of ordinary words as certainly profane (French "mettre", "envoyer", "panier"),
 * so the words managers actually swear with are written out here, whole words or stems that no
 * ordinary word starts with ("stronzo" but not "stronzio", "kut*" only where Dutch is written).
 */
const wordsByLanguage: Record<string, () => string[]> = {
  eng: englishWords,
  fra: () => ['putain', 'putains', 'merde', 'merdes', 'marde', 'tabarnak', 'tabarnac', 'tabarnaque', 'calisse', 'caliss', 'crisse', 'ciboire', 'estie', 'viarge', 'merdique*', 'merdier', 'merdiers', 'emmerd*', 'bordel', 'chier', 'chiant', 'chiante', 'chiants', 'chiottes', 'con', 'cons', 'conne', 'connes', 'connard*', 'connasse*', 'connerie*', 'couille*', 'couillon*', 'encul*', 'foutre', 'foutu', 'foutue', 'foutus', 'salaud*', 'salope*', 'salopard*', 'enfoire*', 'pute', 'putes', 'petasse*', 'trou du cul', 'ta gueule', 'ferme ta gueule', 'branleur*', 'batard', 'batards', 'fdp', 'ntm', 'niquer', 'nique ta'],
  spa: () => ['joder', 'jodido', 'jodida', 'jodidos', 'jodidas', 'jodete', 'mierda', 'mierdas', 'carajo', 'hostia', 'hostias', 'gilipollas', 'cabron', 'cabrona', 'cabrones', 'puta', 'putas', 'puto', 'putos', 'putada', 'hijo de puta', 'de puta madre', 'chingar', 'chingado', 'chingada', 'chingon', 'chingona', 'chingones', 'pendejo', 'pendeja', 'pendejos', 'pendejadas', 'verga', 'culero', 'culeros', 'boludo', 'boludos', 'pelotudo', 'pelotudos', 'mamon', 'mamada', 'mamadas', 'cojones', 'huevon', 'huevones', 'me cago', 'cagada', 'concha de tu madre', 'maricon', 'maricones'],
  ita: () => ['cazzo', 'cazzi', 'cazzata', 'cazzate', 'incazz*', 'merda', 'merde', 'merdoso', 'merdosa', 'cagata', 'cagate', 'stronzo', 'stronza', 'stronzi', 'stronzate', 'stronzata', 'vaffanculo', 'fanculo', 'coglione', 'coglioni', 'cogliona', 'coglionate', 'minchia', 'minchiata', 'minchiate', 'puttana', 'puttane', 'puttanata', 'puttanate', 'troia', 'porca troia', 'porca puttana', 'porco dio', 'figa', 'fottuto', 'fottuta', 'fottiti', 'culo', 'bastardo', 'bastardi'],
  por: () => ['porra', 'merda', 'merdas', 'foda', 'fodas', 'fodase', 'foda se', 'foder', 'fodido', 'fodida', 'fodidos', 'caralho', 'caralhos', 'puta', 'putas', 'puta que pariu', 'buceta', 'babaca', 'babacas', 'otario', 'otarios', 'arrombado', 'arrombados', 'filho da puta', 'vai se foder', 'bosta', 'cagada', 'merdoso'],
  deu: () => ['scheise', 'scheisse', 'scheis*', 'beschissen*', 'kacke', 'kack*', 'arsch*', 'oasch*', 'fick*', 'gefickt', 'wichser', 'fotze', 'hurensohn', 'schlampe', 'verpiss*', 'pisse', 'kotzen', 'zum kotzen', 'drecksau', 'drecks*', 'mistkerl', 'miststuck', 'leck mich', 'verdammte scheise'],
  nld: () => ['kut*', 'klote*', 'godverdomme', 'godver', 'verdomme', 'klootzak*', 'lul', 'lullen', 'eikel', 'hoer', 'hoeren', 'hoerenjong', 'teringlijer', 'tyfuslijer', 'kankerlijer', 'shit', 'zeikerd', 'zeiken', 'pik', 'flikker', 'mongool'],
  pol: () => ['kurw*', 'zajeb*', 'pojeb*', 'wyjeb*', 'jebac', 'jebany', 'jebana', 'jebane', 'pierdol*', 'spierdal*', 'wypierdal*', 'chuj*', 'huj*', 'pizd*', 'gowno', 'gowniany', 'dupek', 'skurwysyn*', 'suka', 'cholera jasna', 'zasrany', 'zasrane'],
  ell: () => ['γαμω', 'γαμωτο', 'γαματ*', 'γαμημενος', 'γαμημενη', 'γαμημενο', 'μαλακας', 'μαλακιες', 'σκατα', 'σκατο', 'πουτανα', 'αρχιδια', 'αρχιδι', 'πουστη', 'κωλος', 'κωλο'],
  tur: () => ['siktir*', 'amk', 'aq', 'orospu*', 'boktan*', 'bok', 'boka', 'boku', 'boktu', 'boktur', 'boklu', 'bokluk', 'yarrak*', 'amina', 'pic', 'pezevenk*', 'gotveren*', 'kahpe*', 'sikerim', 'sikeyim', 'sikik', 'sicti', 'sictim', 'sictin', 'sicildi', 'sicilmis', 'sicayim', 'sicarim', 'sicmis'],
};
const lexicons = new Map<string, Lexicon>();
const lexiconFor = (language: string) => {
  let lexicon = lexicons.get(language);
  if (!lexicon) lexicons.set(language, (lexicon = new Lexicon(wordsByLanguage[language]?.() ?? [])));
  return lexicon;
};
const everywhere = new Lexicon(englishEverywhere);

export default defineRule({
  id: 'profanity',
  severity: 'error',
  summary: 'no profane or vulgar words',
  guideline: 'social-media-conduct#well-being-of-others',
  rationale:
    'Offensive or vulgar words have no place on a page that carries the organization’s name. The words are those of the page’s language: for English the cuss list’s (limited to the words it rates as certainly profane, minus ordinary words and names it would otherwise catch), for the other languages of the network the handbook’s own; the worst English swearing counts on every page.',
  translations: {
    fr: {
      summary: 'aucun mot grossier ou vulgaire',
      rationale:
        'Les mots offensants ou vulgaires n’ont pas leur place sur une page qui porte le nom de l’organisation. Les mots recherchés sont ceux de la langue de la page : pour l’anglais, ceux de la liste cuss (limitée aux mots qu’elle considère comme assurément grossiers, à l’exception des mots courants et des noms qu’elle relèverait sinon) ; pour les autres langues du réseau, ceux de la liste propre au guide. Les pires jurons anglais sont relevés sur toutes les pages.',
    },
  },
  examples: {
    valid: [
      { title: 'Places and names that contain listed words', translations: { fr: { title: 'Des lieux et des noms qui contiennent des mots de la liste' } }, body: 'Our members in Ho Chi Minh City met the team of the Hooker telescope and talked about the welfare of young researchers.\n' },
      { title: 'Ordinary words', translations: { fr: { title: 'Des mots courants' } }, body: 'Tinker with detector models, spit-roast a lamb at the picnic, and win the booby prize at the quiz.\n' },
      { title: 'An ordinary French word that is an English insult', translations: { fr: { title: 'Un mot français courant qui est une insulte en anglais' } }, body: 'En cas de retard le jour de la randonnée, appelez les organisateurs sur la plateforme.\n' },
      { title: 'Words that contain a listed word', translations: { fr: { title: 'Des mots qui contiennent un mot de la liste' } }, body: 'We visited Scunthorpe and Sussex, and Dr Cockburn gave a talk on data analysis.\n' },
    ],
    invalid: [
      { title: 'A vulgar word in the body', translations: { fr: { title: 'Un mot vulgaire dans le corps' } }, body: 'The last picnic was a damn good day, no crap weather at all.\n', reports: [{ at: 'damn', message: 'Replace "damn": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }, { at: 'crap', message: 'Replace "crap": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
      { title: 'A profane word in a plan title', translations: { fr: { title: 'Un mot grossier dans le titre d’une activité du plan' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Bullshit bingo at the summer picnic\n      date: 2026-07-04\n      kind: event', reports: [{ at: 'Bullshit', message: 'Replace "Bullshit": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
      { title: 'A plural form', translations: { fr: { title: 'Une forme au pluriel' } }, body: 'No assholes allowed.\n', reports: [{ at: 'assholes', message: 'Replace "assholes": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
      { title: 'Swearing in German', translations: { fr: { title: 'Des jurons en allemand' } }, body: 'Das Wetter war Scheiße, aber die Wanderung war trotzdem schön.\n', reports: [{ at: 'Scheiße', message: 'Replace "Scheiße": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
    ],
  },
  check(group, { report }) {
    for (const text of wordedText(group)) {
      // A region or an activity's location names places ("Troia, provincia di Foggia"), whatever their names mean.
      if (text.span.code || text.span.field?.[0] === 'region' || text.span.field?.at(-1) === 'location') continue;
      // Too little text to tell the language: English, the network's common language.
      const language = text.language() === 'und' ? 'eng' : text.language();
      const replace = (start: number, end: number) =>
        report(text.span.rangeOf(start, end), `Replace "${text.span.text.slice(start, end)}": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.`);
      // "sh!t", "f@ck": a sign between two letters masks one as a star does (the text keeps its length, so places stay).
      const masked = /\p{L}[!@$#%]\p{L}/u.test(text.span.text) ? text.span.text.replace(/(?<=\p{L})[!@$#%](?=\p{L})/gu, '*') : text.span.text;
      if (masked.includes('*')) for (const [start, end] of maskedWords(masked, language, text.span.text)) replace(start, end);
      for (const [start, end] of maskedAcrossEmphasis(text, language)) replace(start, end);
      if (language === 'ell') for (const found of text.span.text.matchAll(greekByAccent)) replace(found.index, found.index + found[0].length);
      if (language === 'deu') for (const word of text.words) if (germanVulgarEnding.test(word.text)) replace(word.start, word.end);
      const [inItsLanguage, inAny] = [lexiconFor(language).find(text), everywhere.find(text)];
      if (inItsLanguage.length === 0 && inAny.length === 0) continue;
      const matches = [...inItsLanguage, ...inAny];
      const reported = new Set<number>();
      for (const match of matches.sort((a, b) => a.index - b.index)) {
        if (reported.has(match.index) || isInAddress(text.span.text, match.start, match.end) || isName(text, match)) continue;
        reported.add(match.index);
        replace(match.start, match.end);
      }
    }
  },
});

/** Greek words told from innocent ones only by their accent, which folding drops: "μαλάκες", "μαλακία" (vulgar), not "μαλακές" (soft). */
const greekByAccent = /(?<![\p{L}])μαλ(?:άκ(?:ας|α|ες|ισμένε|ισμένοι|ισμένη)|ακία|ακίες)(?![\p{L}])/giu;

/** German compounds that end in a vulgar word ("Bewerbungsscheiß", "Wetterkacke"); those that start with one are in the list. */
const germanVulgarEnding = /.(?:scheisse|scheise|scheis|kacke)$/;

/** A word with letters hidden by asterisks, at least two of its letters shown ("P*tain", "ca**o", "sh*t"). */
const maskedWord = /(?<![\p{L}*])[\p{L}]*\*+[\p{L}*]*(?![\p{L}*])/gu;

/** Words of the language's list and of the everywhere list that a masked word reads as, once its stars are read as letters (one star for one or two). */
function* maskedWords(text: string, language: string, original = text): Generator<[number, number]> {
  for (const found of text.matchAll(maskedWord)) {
    const word = fold(found[0]);
    if (word.replace(/\*/g, '').length < 2 || isInAddress(original, found.index, found.index + found[0].length)) continue;
    if (isMaskedListedWord(word, language)) yield [found.index, found.index + found[0].length];
  }
}

/** Each masked word's verdict, per language: a page repeats its words, and a pattern is made for each new one only. */
const maskedVerdicts = new Map<string, boolean>();
function isMaskedListedWord(word: string, language: string): boolean {
  const key = `${language}\0${word}`;
  let verdict = maskedVerdicts.get(key);
  if (verdict === undefined) {
    const pattern = new RegExp(`^${word.replace(/\*+/g, (stars) => `\\p{L}{${stars.length},${stars.length + 1}}`)}$`, 'u');
    verdict = plainWordsOf(language).some((listed) => pattern.test(listed)) || stemsOf(language).some((stem) => startsWithStem(word, 0, stem, 0));
    if (maskedVerdicts.size > 10_000) maskedVerdicts.clear();
    maskedVerdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Whether the masked word, its stars read as letters (a run of n stars as n or n + 1 letters), starts
 * with the stem: "k*tzooi" with "kut", "zaj*biste" with "zajeb".
 */
function startsWithStem(masked: string, at: number, stem: string, matched: number): boolean {
  if (matched >= stem.length) return true;
  if (at >= masked.length) return false;
  if (masked[at] !== '*') return masked[at] === stem[matched] && startsWithStem(masked, at + 1, stem, matched + 1);
  let stars = 0;
  while (masked[at + stars] === '*') stars++;
  return startsWithStem(masked, at + stars, stem, matched + stars) || startsWithStem(masked, at + stars, stem, matched + stars + 1);
}

/**
 * Two masked words in one paragraph ("zaj*biste, chociaż pogoda była ch*jowa"): Markdown reads their
 * stars as emphasis, from inside one word to inside the other, and readers see the words without them.
 * Each edge of an emphasis inside a word is where a star was; put back, the masked words read again.
 */
function* maskedAcrossEmphasis(text: WordedSpan, language: string): Generator<[number, number]> {
  const source = text.span.text;
  const insideWord = (at: number) => at > 0 && at < source.length && /\p{L}/u.test(source[at - 1] as string) && /\p{L}/u.test(source[at] as string);
  const stars = (text.span.emphasized ?? []).flatMap(([start, end]) => [start, end]).filter(insideWord).sort((a, b) => a - b);
  if (stars.length === 0) return;
  let withStars = '';
  let from = 0;
  for (const at of stars) {
    withStars += `${source.slice(from, at)}*`;
    from = at;
  }
  withStars += source.slice(from);
  // A place in the text with its stars put back, as a place in the text without them: less the stars put back before it.
  const original = (at: number) => {
    let [low, high] = [0, stars.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((stars[middle] as number) + middle < at) low = middle + 1;
      else high = middle;
    }
    return at - low;
  };
  for (const [start, end] of maskedWords(withStars, language)) yield [original(start), original(end)];
}

const stems = new Map<string, string[]>();
/** The stems of the language's list and of the everywhere list ("kurw*" as "kurw"): a masked word may go on after one ("k*tzooi"). */
function stemsOf(language: string): string[] {
  let found = stems.get(language);
  if (!found) stems.set(language, (found = [...(wordsByLanguage[language]?.() ?? []), ...englishEverywhere].filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1))));
  return found;
}

const plainWords = new Map<string, string[]>();
/** The language's words and the everywhere list, stems as words ("kurw*" as "kurw"), for masked words to be read against. */
function plainWordsOf(language: string): string[] {
  let words = plainWords.get(language);
  if (!words) plainWords.set(language, (words = [...(wordsByLanguage[language]?.() ?? []), ...englishEverywhere].map((word) => word.replace(/\*$/, ''))));
  return words;
}

/**
 * A word capitalised inside a sentence is a name ("Kutná Hora", "Kloten", "la gita a Troia"), except in
 * German, where every noun is capitalised ("Scheißwetter"), and, for whole words, in English, whose
 * headings capitalise every word. In German a word found by its stem that ends like a street or a
 * place is a name too ("Kackertstraße", "Arschbach").
 */
function isName(text: WordedSpan, match: LexiconMatch): boolean {
  const word = text.words[match.index] as Word;
  const language = text.language();
  const isStem = match.entry.endsWith('*');
  if (language === 'deu') return isStem && germanPlaceEnding.test(word.text);
  // Words someone said, after a colon, start with a capital as a sentence does (Νεφέλη: «Γαμάτη βραδιά!»); a title in quotation marks may start with a name («Troia e il carbonio-14»).
  const opensQuotation = /:\s*[«“„"‹‚]?\s*$/.test(text.span.text.slice(Math.max(0, word.start - 4), word.start));
  const capitalisedInside = !word.startsSentence && !opensQuotation && isCapitalised(text, word);
  return capitalisedInside && (isStem || language !== 'eng');
}
const germanPlaceEnding = /(?:strase|strasse|weg|gasse|platz|allee|ufer|damm|ring|berg|dorf|feld|hausen|heim|bach|burg|tal|au|muhle|muhlen|hof|hofen|stedt|horst|hagen|furt|born|beck|rode|kirchen)$/;

/** Words inside a written-out address ("bit.ly/alumni-lyon-tg") are no words a reader reads. */
function isInAddress(text: string, start: number, end: number): boolean {
  // The word around the match, looked for near it: a text may hold thousands of matches.
  const before = text.slice(Math.max(0, start - 200), start).match(/\S*$/)?.[0] ?? '';
  const after = text.slice(end, end + 200).match(/^\S*/)?.[0] ?? '';
  return /[/@]|\.\p{L}/u.test(before + after) && /\p{L}\.\p{L}|\//u.test(before + text.slice(start, end) + after);
}
