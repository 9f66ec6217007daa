import { isQuoted } from '../text/assertion.ts';
import { patterns } from '../text/equality-patterns.ts';
import { Lexicon, sentencesOf, within, wordedText, type LexiconMatch, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

interface Wording {
  /** Better words, best first. */
  suggestions: string[];
  /** An abbreviation in capitals ("ADD"), which the same letters in lower case ("add") are not. */
  capitals?: string;
  /** A title written with its full stop ("Miss."), which the word alone ("hard to miss") is not. */
  fullStop?: true;
  /** Words that, in the same sentence, show the wording is not meant for everyone ("guys and girls", "Jungs und Mädels"). */
  counterparts?: Lexicon;
}

/**
 * English words retext-equality lists that this handbook uses on purpose or that are not about
 * inclusion on a group page: the network's own "alumni"; "fellow", a programme of the organization;
 * "master", a degree; "host", "steward", "actor", used for everyone today; "dwarf", also a kind of
 * star; "miss", the verb more often than the title; "nuts", a food on event pages more often than a word
 * for someone; and words of tone for technical writing ("just",
 * "easy", "obviously").
 */
const deliberateWords = new Set([
  'alumni', 'alumnus', 'alumna', 'alumnae', 'fellow', 'fellows', 'fellowship', 'master', 'masters', 'host', 'hosts', 'steward', 'stewards', 'waiter', 'waiters', 'actor', 'actors', 'dwarf',
  'nuts', 'just', 'easy', 'easily', 'simple', 'simply', 'obvious', 'obviously', 'of course', 'clearly', 'basically', 'straightforward', 'straightforwardly', 'hang', 'invalid', 'mental', 'insomnia', 'special', 'miss',
]);

/**
 * Of retext-equality's pairs of gendered words, only those that use a man's word for everyone: job titles
 * in "-man" ("chairman", "spokesman") and "guys". The others name particular people (a son, a queen,
 * "she'll present", a guy, or Guy as a first name), which a page may always do.
 */
const isGenericMasculine = (word: string) => (/(?:^|[a-z])m[ae]n$/.test(word) && word.length > 4) || word === 'guys';

/** retext-equality's English list, with its suggestions. */
function englishWordings(): Map<string, Wording> {
  const wordings = new Map<string, Wording>();
  for (const pattern of patterns) {
    const suggestions = Object.keys(pattern.considerate ?? {}).slice(0, 3);
    const phrases = Object.entries(pattern.inconsiderate);
    for (const [phrase, category] of phrases) {
      if (deliberateWords.has(phrase.toLowerCase())) continue;
      if (pattern.type === 'or') {
        if (category !== 'male' || !isGenericMasculine(phrase.toLowerCase())) continue;
        wordings.set(phrase, { suggestions, counterparts: new Lexicon(phrases.filter(([, other]) => other !== category).map(([word]) => word)) });
      } else wordings.set(phrase, { suggestions, ...(/^[A-Z.]{2,}$/.test(phrase) ? { capitals: phrase } : phrase.endsWith('.') ? { fullStop: true } : {}) });
    }
  }
  return wordings;
}

/** English words managers of every language borrow ("notre chairman", "die Manpower"): checked on every page. */
const borrowedWords = new Set(['chairman', 'chairmen', 'manpower', 'guys', 'businessman', 'businessmen', 'spokesman', 'spokesmen', 'mankind', 'man made', 'manmade']);

const womenCounterparts = (words: string) => new Lexicon(words.split(' '));

/** English wordings retext-equality does not list: "the lads" for everyone, and wives invited as if every member were a man. */
const moreEnglish: Record<string, Wording> = {
  lads: { suggestions: ['everyone', 'folks', 'all'], counterparts: womenCounterparts('lasses girls women ladies') },
  'the wives': { suggestions: ['partners', 'the people you bring'], counterparts: womenCounterparts('husbands') },
  'your wives': { suggestions: ['your partners', 'whoever you bring'], counterparts: womenCounterparts('husbands') },
};

/** Wordings in the network's other languages, with what to write instead. */
const otherLanguages: Record<string, Record<string, Wording>> = {
  fra: {
    'les gars': { suggestions: ['tout le monde', 'chers tous'], counterparts: womenCounterparts('filles femmes meufs') },
    handicapes: { suggestions: ['personnes handicapées', 'personnes en situation de handicap'] },
    'sourd muet': { suggestions: ['sourd'] },
    'sourds muets': { suggestions: ['sourds'] },
    attardes: { suggestions: ['personnes ayant une déficience intellectuelle'] },
    'heures hommes': { suggestions: ['heures de travail', 'heures-personnes'] },
    'hommes heures': { suggestions: ['heures de travail', 'heures-personnes'] },
    'hommes jours': { suggestions: ['jours de travail', 'jours-personnes'] },
    'jours hommes': { suggestions: ['jours de travail', 'jours-personnes'] },
    'hommes annees': { suggestions: ['années de travail', 'années-personnes'] },
    'bonjour messieurs': { suggestions: ['bonjour à tous', 'bonjour à toutes et à tous'], counterparts: womenCounterparts('mesdames dames') },
    'vos epouses': { suggestions: ['vos conjoints', 'vos proches'] },
  },
  spa: {
    minusvalido: { suggestions: ['persona con discapacidad'] },
    minusvalidos: { suggestions: ['personas con discapacidad'] },
    minusvalida: { suggestions: ['persona con discapacidad'] },
    minusvalidas: { suggestions: ['personas con discapacidad'] },
    discapacitados: { suggestions: ['personas con discapacidad'] },
    subnormal: { suggestions: ['persona con discapacidad intelectual'] },
    subnormales: { suggestions: ['personas con discapacidad intelectual'] },
    sordomudo: { suggestions: ['persona sorda'] },
    sordomudos: { suggestions: ['personas sordas'] },
    'horas hombre': { suggestions: ['horas de trabajo', 'horas-persona'] },
    'dias hombre': { suggestions: ['días de trabajo', 'días-persona'] },
    'sus esposas': { suggestions: ['sus parejas', 'sus acompañantes'] },
    'vuestras esposas': { suggestions: ['vuestras parejas', 'vuestros acompañantes'] },
  },
  ita: {
    handicappato: { suggestions: ['persona con disabilità'] },
    handicappati: { suggestions: ['persone con disabilità'] },
    'portatori di handicap': { suggestions: ['persone con disabilità'] },
    'i disabili': { suggestions: ['le persone con disabilità'] },
    sordomuto: { suggestions: ['persona sorda'] },
    sordomuti: { suggestions: ['persone sorde'] },
    mongoloide: { suggestions: ['persona con sindrome di Down'] },
    'ore uomo': { suggestions: ['ore di lavoro', 'ore-persona'] },
    'giorni uomo': { suggestions: ['giorni di lavoro', 'giorni-persona'] },
    'le vostre mogli': { suggestions: ['i vostri partner', 'chi vi accompagna'] },
  },
  por: {
    deficientes: { suggestions: ['pessoas com deficiência'] },
    'portadores de deficiencia': { suggestions: ['pessoas com deficiência'] },
    aleijado: { suggestions: ['pessoa com deficiência'] },
    aleijados: { suggestions: ['pessoas com deficiência'] },
    'surdo mudo': { suggestions: ['pessoa surda'] },
    mongoloide: { suggestions: ['pessoa com síndrome de Down'] },
    'homens hora': { suggestions: ['horas de trabalho', 'horas-pessoa'] },
    'horas homem': { suggestions: ['horas de trabalho', 'horas-pessoa'] },
    'suas esposas': { suggestions: ['seus parceiros', 'seus acompanhantes'] },
  },
  deu: {
    behinderte: { suggestions: ['Menschen mit Behinderung'] },
    behinderten: { suggestions: ['Menschen mit Behinderung'] },
    taubstumm: { suggestions: ['gehörlos'] },
    taubstumme: { suggestions: ['gehörlose Menschen'] },
    mongoloid: { suggestions: ['Mensch mit Down-Syndrom'] },
    jungs: { suggestions: ['Leute', 'alle'], counterparts: womenCounterparts('madels madchen frauen damen') },
    mannstunden: { suggestions: ['Arbeitsstunden', 'Personenstunden'] },
    mannstunde: { suggestions: ['Arbeitsstunde', 'Personenstunde'] },
    manntage: { suggestions: ['Arbeitstage', 'Personentage'] },
    mannjahre: { suggestions: ['Personenjahre', 'Arbeitsjahre'] },
    'sehr geehrte herren': { suggestions: ['Sehr geehrte Damen und Herren', 'Liebe alle'], counterparts: womenCounterparts('damen frauen') },
    'eure frauen': { suggestions: ['eure Partnerinnen und Partner', 'eure Begleitung'], counterparts: womenCounterparts('manner partner') },
  },
  nld: {
    gehandicapten: { suggestions: ['mensen met een beperking'] },
    invaliden: { suggestions: ['mensen met een beperking'] },
    doofstom: { suggestions: ['doof'] },
    doofstommen: { suggestions: ['dove mensen'] },
    'hoi jongens': { suggestions: ['hoi allemaal'], counterparts: womenCounterparts('meiden meisjes dames vrouwen') },
    'he jongens': { suggestions: ['hé allemaal'], counterparts: womenCounterparts('meiden meisjes dames vrouwen') },
    'hey jongens': { suggestions: ['hey allemaal'], counterparts: womenCounterparts('meiden meisjes dames vrouwen') },
    mankracht: { suggestions: ['menskracht', 'helpende handen'] },
    manuren: { suggestions: ['arbeidsuren', 'persoonsuren'] },
    'mijne heren': { suggestions: ['beste allemaal', 'dames en heren'], counterparts: womenCounterparts('dames vrouwen') },
  },
  pol: {
    niepelnosprawni: { suggestions: ['osoby z niepełnosprawnościami'] },
    niepelnosprawnych: { suggestions: ['osób z niepełnosprawnościami'] },
    kaleka: { suggestions: ['osoba z niepełnosprawnością'] },
    kaleki: { suggestions: ['osoby z niepełnosprawnościami'] },
    gluchoniemy: { suggestions: ['osoba głucha'] },
    chlopaki: { suggestions: ['wszyscy', 'kochani'], counterparts: womenCounterparts('dziewczyny dziewczyn panie') },
    roboczogodziny: { suggestions: ['godziny pracy'] },
    'szanowni panowie': { suggestions: ['Szanowni Państwo', 'Drodzy wszyscy'], counterparts: womenCounterparts('panie') },
    'wasze zony': { suggestions: ['wasi partnerzy', 'osoby towarzyszące'] },
  },
  ell: {
    αναπηροι: { suggestions: ['άτομα με αναπηρία'] },
    αναπηρους: { suggestions: ['άτομα με αναπηρία'] },
    κωφαλαλος: { suggestions: ['κωφός'] },
    'αγαπητοι κυριοι': { suggestions: ['Αγαπητοί φίλοι και φίλες', 'Αγαπητά μέλη'], counterparts: womenCounterparts('κυριες') },
    'τις συζυγους σας': { suggestions: ['τους συντρόφους σας', 'όποιον θέλετε'] },
  },
  tur: {
    ozurlu: { suggestions: ['engelli'] },
    ozurluler: { suggestions: ['engelliler'] },
    sakat: { suggestions: ['engelli'] },
    sakatlar: { suggestions: ['engelliler'] },
    beyler: { suggestions: ['herkes', 'arkadaşlar'], counterparts: womenCounterparts('hanimlar bayanlar kizlar hanimefendiler') },
    'adam saat': { suggestions: ['kişi saat', 'iş saati'] },
    // With the endings Turkish adds: "400 adam-saatten fazla".
    'adam saatten': { suggestions: ['kişi saatten', 'iş saatinden'] },
    'adam saati': { suggestions: ['kişi saati', 'iş saati'] },
    'adam saatlik': { suggestions: ['kişi saatlik', 'iş saatlik'] },
  },
};

interface Catalogue {
  words: Lexicon;
  wordings: Map<string, Wording>;
}

const catalogue = (entries: Iterable<[string, Wording]>): Catalogue => {
  const wordings = new Map<string, Wording>();
  for (const [phrase, wording] of entries) wordings.set(phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim(), wording);
  return { words: new Lexicon(wordings.keys()), wordings };
};
const english = englishWordings();
const catalogues = new Map<string, Catalogue>();
function catalogueFor(language: string): Catalogue {
  let found = catalogues.get(language);
  if (!found) {
    const borrowed = [...english].filter(([phrase]) => borrowedWords.has(phrase.replace(/-/g, ' ')));
    found = catalogue(language === 'eng' || language === 'und' ? [...english, ...Object.entries(moreEnglish)] : [...borrowed, ...Object.entries(otherLanguages[language] ?? {})]);
    catalogues.set(language, found);
  }
  return found;
}

export default defineRule({
  id: 'inclusive-language',
  severity: 'warning',
  summary: 'possibly insensitive wording, with suggestions',
  guideline: 'online-conduct#free-of-discrimination',
  rationale:
    'Words such as "chairman" or "manpower" leave people out without meaning to. English pages are read with retext-equality’s list and suggestions, limited to words that refer to everyone (not "she", "son" or "queen", which name particular people); pages in the other languages with the handbook’s own list, and the English words they borrow. Titles of works and quotations are left alone. It only warns, because the right word depends on the sentence.',
  translations: {
    fr: {
      summary: 'formulations potentiellement peu inclusives, avec des suggestions',
      rationale:
        'Des mots comme « chairman » ou « manpower » excluent des personnes sans le vouloir. Les pages en anglais sont lues avec la liste et les suggestions de retext-equality, limitées aux mots qui désignent tout le monde (et non « she », « son » ou « queen », qui désignent des personnes en particulier) ; les pages dans les autres langues, avec la liste propre au guide, ainsi que les mots anglais qu’elles empruntent. Les titres d’œuvres et les citations ne sont pas examinés. La règle ne donne qu’un avertissement, car le mot juste dépend de la phrase.',
    },
  },
  examples: {
    valid: [
      { title: 'The network’s own words', translations: { fr: { title: 'Les termes propres au réseau' } }, body: 'Every alumnus and alumna is welcome: the group is for all alumni who live around Lyon.\n' },
      { title: 'A pronoun about a named speaker, and a degree', translations: { fr: { title: 'Un pronom désignant une intervenante nommée, et un diplôme' } }, body: 'Claire presents her master’s thesis work at the spring talk.\n' },
      { title: 'Men and women together', translations: { fr: { title: 'Hommes et femmes ensemble' } }, body: 'Men and women of every field take part in our science evenings.\n' },
      { title: 'Talks for men and for women alike', translations: { fr: { title: 'Des conférences pour les hommes comme pour les femmes' } }, body: 'The health talks are open to men and to women, and to anyone curious.\n' },
      { title: 'The title of a show, and a quotation', translations: { fr: { title: 'Le titre d’un spectacle, et une citation' } }, body: 'In December we see *Guys and Dolls* at the opera, and Hélène reads from old minutes: "The Chairman declared the session open."\n' },
    ],
    invalid: [
      {
        title: 'Tasks shared out by gender',
        translations: { fr: { title: 'Des tâches réparties selon le genre' } },
        body: 'For the summer party: men for the barbecue, ladies for the salads!\n',
        reports: [{ at: 'men for the barbecue, ladies', message: '"men for the barbecue, ladies" shares out tasks by gender, which may be insensitive to some readers; say what needs doing and let anyone volunteer.' }],
      },
      { title: 'A gendered job title', translations: { fr: { title: 'Un intitulé de fonction genré' } }, body: 'The chairman of the group opens each evening.\n', reports: [{ at: 'chairman', message: '"chairman" may be insensitive to some readers; consider "chair", "head" or "chairperson" instead.' }] },
      { title: 'Gendered words for a mixed audience', translations: { fr: { title: 'Des mots genrés pour un public mixte' } }, body: 'Hey guys, the picnic needs more manpower this year!\n', reports: [{ at: 'guys', message: '"guys" may be insensitive to some readers; consider "people", "persons" or "folks" instead.' }, { at: 'manpower', message: '"manpower" may be insensitive to some readers; consider "human resources", "workforce" or "personnel" instead.' }] },
      { title: 'An insensitive expression in a plan title', translations: { fr: { title: 'Une expression peu délicate dans le titre d’une activité du plan' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Sanity check of next year’s budget\n      date: 2026-11\n      kind: meeting', reports: [{ at: 'Sanity check', message: '"Sanity check" may be insensitive to some readers; consider "check", "assertion" or "validation" instead.' }] },
      { title: 'A borrowed English word on a French page', translations: { fr: { title: 'Un emprunt à l’anglais sur une page en français' } }, body: 'Notre chairman ouvre chaque soirée du groupe.\n', reports: [{ at: 'chairman', message: '"chairman" may be insensitive to some readers; consider "chair", "head" or "chairperson" instead.' }] },
      { title: 'A Spanish word for disabled people', translations: { fr: { title: 'Un mot espagnol désignant les personnes handicapées' } }, body: 'El local tiene rampa de acceso y baño para minusválidos.\n', reports: [{ at: 'minusválidos', message: '"minusválidos" may be insensitive to some readers; consider "personas con discapacidad" instead.' }] },
    ],
  },
  check(group, { report }) {
    for (const [first, second] of tasksByGenderInItems(wordedText(group))) {
      const [a, b] = [first.text.span.text.slice(first.match.start, first.match.end), second.text.span.text.slice(second.match.start, second.match.end)];
      report(first.text.span.rangeOf(first.match.start, first.match.end), `"${a}" and "${b}", one line each, share out tasks by gender, which may be insensitive to some readers; say what needs doing and let anyone volunteer.`);
    }
    for (const text of wordedText(group)) {
      if (text.span.code) continue;
      for (const division of tasksByGender(text)) {
        const quoted = text.span.text.slice(division.start, division.end);
        report(text.span.rangeOf(division.start, division.end), `"${quoted}" shares out tasks by gender, which may be insensitive to some readers; say what needs doing and let anyone volunteer.`);
      }
      const { words, wordings } = catalogueFor(text.language());
      const matches = words.find(text);
      const salutation = menOnlySalutation(text);
      if (matches.length === 0 && !salutation) continue;
      let salutationWorded = false;
      for (const sentence of sentencesOf(text)) {
        for (const match of within(matches, sentence)) {
          const wording = wordings.get(match.entry) as Wording;
          if (wording.capitals && text.span.text.slice(match.start, match.end) !== wording.capitals.replace(/\.$/, '')) continue;
          if (wording.fullStop && text.span.text[match.end] !== '.') continue;
          if (isQuoted(text, match.start, match.end) || isTitle(text, match) || isProperName(text, match) || hasCounterpart(text, sentence, wording)) continue;
          // A greeting the list has a wording for ("Szanowni Panowie") gets that wording's suggestions.
          if (salutation && match.start < salutation.end) salutationWorded = true;
          report(text.span.rangeOf(match.start, match.end), message(text, match, wording));
        }
      }
      if (salutation && !salutationWorded) {
        report(text.span.rangeOf(salutation.start, salutation.end), `"${text.span.text.slice(salutation.start, salutation.end)}" greets the readers with a word for men, which may be insensitive to some readers; greet everyone instead ("Dear all", "Dear members").`);
      }
    }
  },
});

/** Men and women, each in the network's languages, and the words that give each a task ("for", "per", "agli"). */
const menWords = new Lexicon([
  'men', 'gentlemen', 'boys', 'lads', 'hommes', 'messieurs', 'garcons', 'manner', 'herren', 'jungs', 'uomini', 'signori', 'ragazzi', 'maschi', 'maschietti', 'hombres', 'senores', 'chicos', 'muchachos', 'chavos', 'pibes', 'homens', 'senhores', 'rapazes',
  'meninos', 'mannen', 'heren', 'jongens', 'mezczyzni', 'panowie', 'chlopaki', 'ανδρες', 'αντρες', 'αγορια', 'erkekler', 'beyler', 'erkeklere', 'beylere', 'erkeklerde', 'beylerde', 'erkeklerimiz', 'beylerimiz',
  // Fathers and mothers, each given their share of a family day.
  'fathers', 'dads', 'papas', 'papa', 'peres', 'vater', 'vaeter', 'padri', 'padres', 'pais', 'vaders', 'ojcowie', 'tatusiowie', 'πατερες', 'μπαμπαδες', 'babalar',
]);
const womenWords = new Lexicon([
  'women', 'ladies', 'girls', 'femmes', 'dames', 'mesdames', 'filles', 'frauen', 'damen', 'madels', 'madchen', 'donne', 'signore', 'ragazze', 'mujeres', 'senoras', 'chicas', 'muchachas', 'chavas', 'pibas', 'mulheres', 'senhoras',
  'raparigas', 'meninas', 'vrouwen', 'meiden', 'meisjes', 'kobiety', 'panie', 'dziewczyny', 'γυναικες', 'κυριες', 'κοριτσια', 'kadinlar', 'hanimlar', 'kizlar', 'kadinlara', 'hanimlara', 'kizlara', 'kadinlarda', 'hanimlarda', 'kizlarda', 'kadinlarimiz', 'hanimlarimiz', 'kizlarimiz',
  'mothers', 'moms', 'mums', 'mamans', 'meres', 'mutter', 'madri', 'mamme', 'madres', 'mamas', 'maes', 'moeders', 'matki', 'mamy', 'μητερες', 'μαμαδες', 'anneler',
]);
const joiningWords = new Set(['and', 'or', 'et', 'ou', 'und', 'oder', 'e', 'o', 'ed', 'y', 'en', 'of', 'i', 'lub', 'και', 'η', 've', 'veya']);
const taskWords = new Set([
  'for', 'to', 'on', 'pour', 'a', 'au', 'aux', 'fur', 'zum', 'zur', 'an', 'per', 'ai', 'agli', 'alle', 'al', 'para', 'pa', 'voor', 'aan', 'do', 'dla', 'przy', 'για', 'στα', 'στο', 'στη', 'icin',
  // Verbs of taking something on: "los chicos se encargan de…", "le ragazze si occupano di…".
  'handle', 'take', 'encargan', 'ocupan', 'occupano', 'occupent', 'chargent', 'kummern', 'zorgen', 'cuidam', 'tratam', 'zajmuja', 'ilgilenir', 'αναλαμβανουν',
  // Bringing and setting up: "les mamans apportent…", "οι μαμάδες φέρνουν…".
  'bring', 'carry', 'apportent', 'montent', 'portent', 'bringen', 'tragen', 'portano', 'traen', 'montan', 'cargan', 'llevan', 'trazem', 'montam', 'levam', 'brengen', 'dragen', 'przynosza', 'nosza', 'φερνουν', 'στηνουν', 'κουβαλανε', 'getirir', 'tasir',
  // What each is to do, by the auxiliary after them: "the men will…, and the women will…", "οι άντρες θα στήσουν…".
  'will', 'should', 'must', 'vont', 'doivent', 'devront', 'werden', 'sollen', 'mussen', 'dovranno', 'devono', 'deben', 'vao', 'devem', 'zullen', 'moeten', 'beda', 'powinni', 'θα',
]);
/** "Whereas", "while", in the network's languages: what follows sets the other half beside the first. */
/** "Our", before those given a task: "alle nostre signore", "à nos messieurs". */
const ownWords = new Set(['our', 'nos', 'nostre', 'nostri', 'unsere', 'unseren', 'nuestras', 'nuestros', 'nossas', 'nossos', 'onze', 'naszym', 'naszych']);
const whereasWords = new Set(['whereas', 'while', 'tandis', 'alors', 'wahrend', 'mentre', 'invece', 'mientras', 'enquanto', 'terwijl', 'podczas', 'natomiast', 'ενω', 'oysa', 'iken']);

/** After a comma, the word that gives a task whose verb the sentence leaves out ("…; las chicas, de la comida"). */
const elidedTaskWords = new Set(['de', 'of', 'du', 'des', 'von', 'di', 'do', 'da', 'van', 'z', 'με']);

/**
 * "Strong men for the boxes, the ladies for the decorations": men and women each given a task in one
 * sentence, which assumes who does what. Men and women named together ("men and women of every field")
 * get no task each.
 */
function tasksByGender(text: WordedSpan): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const [men, women] = [menWords.find(text), womenWords.find(text)];
  if (men.length === 0 || women.length === 0) return found;
  // A task follows within three words ("ladies to the decorations", "uomini robusti per", "le signore invece pensano agli"),
  // not past "and" or the other gender ("to men and to women", "Messieurs, mesdames, bienvenue à").
  const named = new Set([...men, ...women].map((match) => match.index));
  const givenTask = (match: LexiconMatch) => isGivenTask(text, match, named);
  // One sentence, or two that a semicolon joins ("the boys rig the boats; the girls, the food").
  const sentences = sentencesOf(text);
  for (const [index, sentence] of sentences.entries()) {
    const next = sentences[index + 1];
    const joined = next && text.span.text.slice((text.words[sentence.to - 1] as Word).end, (text.words[next.from] as Word).start).includes(';') ? { from: sentence.from, to: next.to } : sentence;
    // "…, whereas the ladies the buffet": after "whereas", the task the other was given goes on.
    const afterWhereas = (match: LexiconMatch) => [1, 2].some((distance) => match.index - distance >= joined.from && whereasWords.has(text.words[match.index - distance]?.text ?? ''));
    const [menHere, womenHere] = [within(men, joined), within(women, joined)];
    if (menHere.length === 0 || womenHere.length === 0) continue;
    // "Panowie rozstawiają namiot, panie ogarniają dzieci", "the men set up the tent and the ladies look after the kids": each opens a clause of its own.
    const [manOpens, womanOpens] = [menHere.find((match) => opensClause(text, match, named)), womenHere.find((match) => opensClause(text, match, named))];
    if (manOpens && womanOpens) {
      found.push({ start: Math.min(manOpens.start, womanOpens.start), end: Math.max(manOpens.end, womanOpens.end) });
      continue;
    }
    const [man, woman] = [menHere.find(givenTask), womenHere.find(givenTask)];
    // Turkish gives each its verb at the end of its clause: "masaları beyler kuracak, hanımlar da ikramları hazırlayacak".
    if (text.language() === 'tur' && [menHere, womenHere].every((matches) => matches.some((match) => turkishVerbAfter(text, match, named, joined)))) {
      const [a, b] = [menHere[0] as LexiconMatch, womenHere[0] as LexiconMatch];
      found.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
      continue;
    }
    // The other opens a clause of its own ("i papà si occupano del barbecue…, le mamme del banco dei dolci").
    const [otherMan, otherWoman] = [man ?? menHere.find(afterWhereas) ?? manOpens, woman ?? womenHere.find(afterWhereas) ?? womanOpens];
    // "Cerchiamo uomini robusti (…), mentre alle signore chiederemmo…": one named before "whereas", the other after it.
    const contrasted = (after: LexiconMatch | undefined, others: readonly LexiconMatch[]) => after !== undefined && afterWhereas(after) && others.some((other) => other.index < after.index - 2);
    // "…sono roba da uomini, mentre l'allestimento e i dolci li lasciamo alle nostre signore": the task comes first after "whereas", then to whom it goes.
    const handedAfterWhereas = (matches: readonly LexiconMatch[], others: readonly LexiconMatch[]) =>
      matches.find((match) => {
        const whereas = text.words.findIndex((word, at) => at >= Math.max(joined.from, match.index - 12) && at < match.index && whereasWords.has(word.text));
        const before = ownWords.has(text.words[match.index - 1]?.text ?? '') ? match.index - 2 : match.index - 1;
        return whereas >= 0 && others.some((other) => other.index < whereas) && taskWords.has(text.words[before]?.text ?? '');
      });
    if ((man && otherWoman) || (woman && otherMan) || contrasted(otherWoman, menHere) || contrasted(otherMan, womenHere) || handedAfterWhereas(womenHere, menHere) || handedAfterWhereas(menHere, womenHere)) {
      const [a, b] = [(man ?? otherMan ?? menHere[0]) as LexiconMatch, (woman ?? otherWoman ?? womenHere[0]) as LexiconMatch];
      found.push({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
    }
  }
  return dropRepeated(found);
}

/** A Turkish verb of what someone will do, does or is to do: "kuracak", "hazırlayacak", "taşıyor", "getirir", "kursun", "halletsin". */
const turkishTaskVerb = /.(?:acak|ecek|acaklar|ecekler|iyor|uyor|iyorlar|uyorlar|ir|ar|irler|arlar|sin|sun|sinler|sunlar)$/;
/** Being, not doing: "olacak", "olur", "var". */
const turkishBeing = new Set(['olacak', 'olacaklar', 'olur', 'olurlar', 'oluyor', 'var', 'bir', 'bunlar', 'onlar']);

/** Whether a Turkish task verb follows the men or women named at `match` in their clause, before the other gender is named. */
function turkishVerbAfter(text: WordedSpan, match: LexiconMatch, named: ReadonlySet<number>, sentence: { to: number }): boolean {
  for (let at = match.index + 1; at < Math.min(sentence.to, match.index + 10); at++) {
    if (named.has(at)) return false;
    const word = (text.words[at] as Word).text;
    if (turkishTaskVerb.test(word) && !turkishBeing.has(word)) return true;
    // A comma may part the tasks of a list ("ikramlıkları, süslemeyi ve isim kartlarını halletsin"); a semicolon or a colon ends the clause.
    if (/[;:]/.test(text.span.text.slice((text.words[at - 1] as Word).end, (text.words[at] as Word).start))) return false;
  }
  return false;
}

/**
 * Whether the men or women named at `match` open a clause and do something in it: after the start of
 * the sentence, a comma, a colon or "and" (an article may stand between), and before a word that is
 * not "and", another of the `named` words, a possessive or a punctuation mark ("Men: 10 km", "men and
 * women of every field", "the men's team").
 */
function opensClause(text: WordedSpan, match: LexiconMatch, named: ReadonlySet<number>): boolean {
  // Turkish names with the men what belongs to them ("erkekler koşusu", the men's race): its verbs are read at the end of the clause instead.
  if (text.language() === 'tur') return false;
  let before = match.index - 1;
  if (before >= 0 && itemOpeners.has((text.words[before] as Word).text) && !(text.words[match.index] as Word).startsSentence) before--;
  const opener = before < 0 || (text.words[before + 1] as Word).startsSentence || /[,;:]\s*$/.test(text.span.text.slice((text.words[before] as Word).end, (text.words[before + 1] as Word).start)) || joiningWords.has((text.words[before] as Word).text);
  const next = text.words[match.index + 1];
  if (!opener || !next || next.startsSentence || named.has(match.index + 1) || joiningWords.has(next.text)) return false;
  return /^\s+$/.test(text.span.text.slice(match.end, next.start));
}

/** Whether a task follows the men or women named at `match`, within three words, not past "and" or another of the `named` words. */
function isGivenTask(text: WordedSpan, match: LexiconMatch, named: ReadonlySet<number>): boolean {
  // Turkish gives a task to someone in the dative, after the task: "salonu süslemek hanımlara, masaları taşımak beylere".
  if (turkishDative.test((text.words[match.index] as Word).text) && !(text.words[match.index] as Word).startsSentence) {
    const before = ['da', 'de'].includes(text.words[match.index - 1]?.text ?? '') ? match.index - 2 : match.index - 1;
    if (/m[ea]k$/.test(text.words[before]?.text ?? '')) return true;
  }
  for (let at = match.index + 1; at <= match.index + 3; at++) {
    const word = text.words[at];
    if (!word || word.startsSentence || joiningWords.has(word.text) || named.has(at)) return false;
    if (taskWords.has(word.text)) return true;
    if (at === match.index + 1 && elidedTaskWords.has(word.text) && text.span.text.slice(match.end, word.start).includes(',')) return true;
  }
  return false;
}

/** The Turkish dative of a plural ("hanımlara", "beylere"): to whom something falls. */
const turkishDative = /l[ae]r[ae]$/;

/** Articles, demonstratives and datives that may open a list item or a clause before the people it names ("- les messieurs montent…", "- ces dames…"). */
const itemOpeners = new Set([
  'the', 'les', 'ces', 'die', 'gli', 'le', 'i', 'los', 'las', 'os', 'as', 'de', 'οι', 'bu',
  // To whom a task falls: "ai maschietti tocca montare i tavoli", "alle signore il buffet", "aux messieurs les tables".
  'ai', 'agli', 'alle', 'aux', 'aos',
  // Strength given to the men, as such lists do: "- silni panowie noszą stoły", "- strong men for the tables".
  'strong', 'costauds', 'starke', 'kraftige', 'forti', 'robusti', 'fuertes', 'fortes', 'sterke', 'silni', 'δυνατοι', 'guclu',
]);

/** The word for men or for women that opens a list item or a line ("- les messieurs montent les barnums"), or that the item gives a task; not a possessive ("Men's race"). */
function genderOpening(text: WordedSpan, gender: Lexicon): LexiconMatch | undefined {
  const matches = gender.find(text);
  if (matches.length === 0) return undefined;
  // Or the answer to the item's label, a few words after its colon ("Masa taşıma: erkekler", "Opbouw: vier sterke mannen").
  // Or after an arrow, which gives the task to someone ("sedie e proiettore → se ne occupano gli uomini").
  const colon = Math.max(text.span.text.lastIndexOf(':'), text.span.text.lastIndexOf('→'), text.span.text.lastIndexOf('->'));
  const afterLabel = colon >= 0 ? text.words.findIndex((word) => word.start > colon) : -1;
  // Or named anywhere in the item with a task of their own ("- brauchen wir drei kräftige Männer für die Stellwände").
  const named = new Set([...menWords.find(text), ...womenWords.find(text)].map((match) => match.index));
  const opening = matches.find(
    (match) =>
      match.index === 0 ||
      // Or the one the item gives its task to, at its end ("montage des tentes, ce sera les messieurs ;").
      match.index + match.length === text.words.length ||
      (match.index === 1 && itemOpeners.has((text.words[0] as Word).text)) ||
      (afterLabel >= 0 && match.index >= afterLabel && match.index <= afterLabel + 4) ||
      isGivenTask(text, match, named) ||
      // Turkish, with the verb at the end of its clause: "kayıt masasında öğrencileri hanımlar karşılasın".
      (text.language() === 'tur' && turkishVerbAfter(text, match, named, { to: text.words.length })),
  );
  return opening && !/^['’]s\b/.test(text.span.text.slice(opening.end)) ? opening : undefined;
}

/** Two list items or lines in a row, one opening with men and the other with women, each given its share ("- les messieurs montent…", "- ces dames se chargent…"). */
function* tasksByGenderInItems(texts: readonly WordedSpan[]): Generator<[{ text: WordedSpan; match: LexiconMatch }, { text: WordedSpan; match: LexiconMatch }]> {
  for (let index = 0; index + 1 < texts.length; index++) {
    const [first, second] = [texts[index] as WordedSpan, texts[index + 1] as WordedSpan];
    if (first.span.field || second.span.field || first.span.code || second.span.code || first.words.length < 3 || second.words.length < 3) continue;
    if (second.span.rangeOf(0, 0).line - first.span.rangeOf(first.span.text.length, first.span.text.length).endLine !== 1) continue;
    for (const [one, other] of [[menWords, womenWords], [womenWords, menWords]] as const) {
      const [a, b] = [genderOpening(first, one), genderOpening(second, other)];
      if (a && b) yield [{ text: first, match: a }, { text: second, match: b }];
    }
  }
}

/** Each stretch once: two sentences joined by a semicolon are looked at from both. */
const dropRepeated = (stretches: { start: number; end: number }[]) => stretches.filter((stretch, index) => stretches.findIndex((other) => other.start === stretch.start && other.end === stretch.end) === index);

/** Words that open a letter or thank the readers, and the words that greet men only after them ("Değerli Beyefendiler,", "Κύριοι,", "Messieurs,", "Cheers, lads"). */
const greetingWords = new Set([
  'dear', 'hello', 'hi', 'cher', 'chers', 'bonjour', 'liebe', 'lieber', 'sehr', 'geehrte', 'hallo', 'cari', 'egregi', 'gentili', 'ciao', 'estimados', 'queridos', 'hola',
  'caros', 'prezados', 'ola', 'beste', 'geachte', 'mijne', 'hoi', 'drodzy', 'szanowni', 'witajcie', 'αγαπητοι', 'αξιοτιμοι', 'degerli', 'sayin', 'sevgili', 'merhaba', 'selam',
  'thanks', 'thank', 'cheers', 'merci', 'danke', 'grazie', 'gracias', 'obrigado', 'obrigada', 'bedankt', 'dziekuje', 'dzieki', 'ευχαριστω', 'ευχαριστουμε', 'tesekkurler', 'sagolun',
]);
const menGreeted = new Set([
  'gentlemen', 'sirs', 'guys', 'lads', 'boys', 'fellas', 'fellows', 'messieurs', 'gars', 'herren', 'jungs', 'signori', 'ragazzi', 'senores', 'chicos', 'senhores', 'rapazes', 'heren', 'jongens', 'panowie', 'chlopaki',
  'κυριοι', 'beyefendiler', 'beyler',
  // German names a mixed group by its men ("Liebe Sänger,", "Liebe Kollegen,") where it could name both ("Liebe Sängerinnen und Sänger").
  'sanger', 'kollegen', 'teilnehmer', 'freunde', 'studenten', 'kommilitonen', 'leser', 'mitstreiter', 'physiker', 'ingenieure', 'wissenschaftler',
]);

/**
 * A sentence that greets or thanks men only, followed by a comma, "!", ":" or the end of its line, and
 * naming no women in the same sentence: the paragraph's first ("Messieurs,", "Ragazzi che serata!", an
 * exclamation), or a later one that opens with a greeting ("…pub quizzes. Cheers, fellas, it's been a blast").
 */
function menOnlySalutation(text: WordedSpan): { start: number; end: number } | undefined {
  const { words } = text;
  const sentences = sentencesOf(text);
  for (let number = 0; number < sentences.length; number++) {
    const sentence = sentences[number] as Sentence;
    const first = (words[sentence.from] as Word).text;
    if (!greetingWords.has(first) && !(number === 0 && menGreeted.has(first))) continue;
    let at = sentence.from;
    while (at < sentence.from + 2 && greetingWords.has(words[at]?.text ?? '') && !words[at + 1]?.startsSentence) at++;
    if (number > 0 && at === sentence.from) continue;
    const greeted = words[at];
    if (!greeted || (at > sentence.from && greeted.startsSentence) || !menGreeted.has(greeted.text)) continue;
    const exclaims = number === 0 && /^[^\p{L}\p{N}.?]*!/u.test(text.span.text.slice((words[sentence.to - 1] as Word).end));
    if (!exclaims && !/^\s*(?:[,!:]|\n|$)/.test(text.span.text.slice(greeted.end, greeted.end + 3))) continue;
    // Women named too: a word of the list, or a German feminine plural ("Kolleginnen", "Sänger*innen").
    if (within(womenWords.find(text), sentence).length > 0 || words.slice(sentence.from, sentence.to).some((word) => word.text.endsWith('innen'))) continue;
    return { start: (words[sentence.from] as Word).start, end: greeted.end };
  }
  return undefined;
}

/** A title of a work set in italics ("*Guys and Dolls*", "*Manpower*"); a word in italics for stress ("our *chairman*") is no title. */
function isTitle(text: WordedSpan, match: LexiconMatch): boolean {
  const stretch = (text.span.emphasized ?? []).find(([from, to]) => from <= match.start && match.end <= to);
  return stretch !== undefined && /^\P{L}*\p{Lu}/u.test(text.span.text.slice(stretch[0], stretch[1]));
}

/** Articles that open a name when written with a capital inside a sentence ("upstairs at The Chairman, a pub"). */
const nameArticles = new Set(['the', 'le', 'la', 'les', 'der', 'die', 'das', 'il', 'el', 'los', 'o', 'a', 'os', 'de', 'het', 'ο', 'η', 'το']);

/** Whether the match is part of a name: capitalised, after a capitalised article that does not start the sentence ("The Chairman", a pub). */
function isProperName(text: WordedSpan, match: LexiconMatch): boolean {
  const article = text.words[match.index - 1];
  const word = text.words[match.index] as Word;
  if (!article || word.startsSentence || article.startsSentence || !nameArticles.has(article.text)) return false;
  const capitalised = (start: number) => /^\p{Lu}/u.test(text.span.text[start] ?? '');
  return capitalised(article.start) && capitalised(word.start);
}

function hasCounterpart(text: WordedSpan, sentence: Sentence, wording: Wording): boolean {
  if (!wording.counterparts) return false;
  return within(wording.counterparts.find(text), sentence).length > 0;
}

function message(text: WordedSpan, match: LexiconMatch, wording: Wording): string {
  const actual = text.span.text.slice(match.start, match.end);
  const suggestions = wording.suggestions.map((word) => `"${word}"`);
  const advice = suggestions.length > 0 ? `consider ${suggestions.join(', ').replace(/, ([^,]*)$/, ' or $1')} instead` : 'consider rephrasing it';
  return `"${actual}" may be insensitive to some readers; ${advice}.`;
}
