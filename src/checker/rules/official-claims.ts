import type { Organization } from '../../config/organization.ts';
import { hasNegation, isAnsweredNo, isDeniedAtClauseEnd, isDeniedByLeadIn, isDenyingWord, isNegatedAt, isQuotedSentence, isReportedQuestion } from '../text/assertion.ts';
import { oncePerPlace } from '../text/matching.ts';
import { isOfficeWord } from '../text/speakers.ts';
import { byWord, foldedWords, Lexicon, sentenceAt, sentencesOf, within, wordedText, type LexiconMatch, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { defineRule } from './define.ts';

/** "Official", "officially", in the network's languages. */
const officialWords = new Lexicon(['official*', 'officiel*', 'offiziell*', 'ufficial*', 'oficial*', 'officieel', 'officiele', 'oficjaln*', 'επισημ*', 'resmi']);
/**
 * What a group would call itself when it claims to be official: a group, a branch, a representation,
 * the voice or the contact point of the organization.
 */
const selfNouns = new Lexicon([
  'group', 'chapter', 'branch', 'section', 'body', 'association', 'club', 'society', 'representation', 'delegation', 'voice', 'contact point', 'point of contact', 'seat', 'headquarters', 'antenna', 'outpost', 'community', 'network', 'liaison', 'relay',
  'channel', 'canal', 'canale', 'kanal', 'kanaal', 'καναλι',
  'groupe', 'antenne', 'branche', 'representation', 'voix', 'interlocuteur', 'interlocuteurs', 'relais', 'siege', 'communaute', 'reseau',
  // A team: "the Laboratory's sanctioned cycling squad", "officiële afvaardiging".
  'team', 'squad', 'equipe', 'equipa', 'squadra', 'mannschaft', 'ploeg', 'druzyna', 'takim*', 'afvaardiging',
  'gruppe', 'vertretung', 'sektion', 'zweigstelle', 'anlaufstelle', 'ansprechpartner', 'stimme', 'verein', 'ableger', 'niederlassung', 'gemeinschaft', 'community', 'netzwerk',
  'gruppo', 'sezione', 'sede', 'rappresentanza', 'delegazione', 'voce', 'referente', 'referenti', 'punto di contatto', 'punto di riferimento', 'interlocutor*', 'comunita', 'rete',
  'grupo', 'seccion', 'delegacion', 'representacion', 'voz', 'nucleo', 'capitulo', 'filial', 'punto de contacto', 'comunidad', 'red',
  'secao', 'delegacao', 'representacao', 'ponto de contato', 'ponto de contacto', 'comunidade', 'rede',
  'groep', 'afdeling', 'vertegenwoordiging', 'aanspreekpunt', 'vereniging', 'stem', 'gemeenschap', 'netwerk',
  'grupa', 'grupy', 'oddzial', 'przedstawicielstw*', 'przedstawiciel', 'sekcja', 'glos', 'punkt kontaktowy', 'spolecznosc', 'siec',
  'verbindungsstelle', 'collegamento', 'enlace', 'elo', 'lacznik', 'irtibat',
  'ομαδα', 'παραρτημα', 'εκπροσωπηση', 'φωνη', 'κοινοτητα', 'δικτυο', 'συνδεσμος', 'grup', 'grubu', 'sube', 'subesi', 'temsilcilik*', 'topluluk*', 'ag',
]);
/** Representing the organization, as a verb or as a noun ("we represent", "représentants", "Vertretung", "przedstawiciele"). */
const representWords = new Lexicon(['represent*', 'vertret*', 'vertegenwoordig*', 'rappresent*', 'reprezent*', 'przedstawic*', 'εκπροσωπ*', 'temsil*', 'sprachrohr', 'spokes*', 'porte parole', 'portavo*', 'porta voz', 'porta vozes', 'sprecher', 'woordvoerder*', 'rzeczni*', 'sozcu*', 'ambassador*', 'ambassadeur*', 'botschafter', 'ambasciator*', 'embajador*', 'embaixador*', 'ambasador*']);
/** Speaking or acting for someone: the organization follows ("on behalf of CERN", "im Auftrag des CERN", "namens het lab"). */
const onBehalfWords = new Lexicon([
  'on behalf of', 'in the name of', 'speak for', 'speaks for', 'speaking for', 'act for', 'acting for', 'answer for', 'answers for', 'answering for', 'voice of',
  'responder pelo', 'responder pela', 'respondemos pelo', 'responde pelo', 'falar pelo', 'falamos pelo', 'fala pelo', 'responder por el', 'respondemos por el', 'hablar por el', 'hablamos por el', 'repondre pour le', 'repondons pour le', 'parler pour le', 'parlons pour le',
  // A mandate from the organization: "su mandato del CERN", "mandated by CERN", "sur mandat du CERN".
  'mandated by', 'on a mandate from', 'with a mandate from', 'su mandato del', 'su mandato di', 'per mandato del', 'sur mandat du', 'sur mandat de', 'mandate par', 'mandatee par', 'mandates par',
  'por mandato del', 'por mandato de', 'por mandato do', 'por mandato da', 'in opdracht van', 'με εντολη του', 'με εντολη της',
  'fly the flag for', 'flies the flag for', 'flying the flag for', 'flew the flag for',
  'au nom de', 'au nom du', 'de la part de', 'de la part du', 'voix de', 'voix du', 'porter la parole', 'portons la parole', 'porte la parole',
  'im namen', 'im auftrag', 'stimme des',
  'a nome del', 'a nome dell', 'a nome di', 'in nome del', 'in nome di', 'per conto del', 'per conto di', 'voce del', 'voce di', 'fa le veci del', 'fa le veci di', 'fanno le veci del', 'fare le veci del', 'facciamo le veci del',
  'en nombre de', 'en nombre del', 'de parte de', 'de parte del', 'voz del', 'voz de',
  'em nome de', 'em nome do', 'em nome da', 'da parte do', 'voz do',
  'namens', 'uit naam van', 'stem van',
  'w imieniu', 'z ramienia', 'z upowaznienia', 'glos', 'glosem', 'z mandatu',
  'εκ μερους', 'εξ ονοματος', 'για λογαριασμο', 'φωνη του',
  // The organization's patronage claimed: "under the auspices of CERN", "υπό την αιγίδα του CERN".
  'under the auspices of', 'under the patronage of', 'sous l egide de', 'sous l egide du', 'sous le patronage de', 'sous le patronage du', 'unter der schirmherrschaft', 'sotto l egida', 'sotto il patrocinio',
  'bajo los auspicios de', 'bajo el patrocinio de', 'sob a egide de', 'sob a egide do', 'sob o patrocinio', 'onder auspicien van', 'pod patronatem', 'υπο την αιγιδα', 'himayesinde',
]);
/** "On its behalf", the organization named just before ("…veulent entendre le Laboratoire, et nous leur répondons en son nom"). */
const onItsBehalfWords = new Lexicon(['on its behalf', 'in its name', 'en son nom', 'a suo nome', 'in suo nome', 'per suo conto', 'in seinem namen', 'in dessen namen', 'en su nombre', 'em seu nome', 'in zijn naam', 'namens hem', 'w jego imieniu', 'εκ μερους του', 'για λογαριασμο του', 'εξ ονοματος του']);
/** How far before "on its behalf" the organization it stands for may be named: the sentence before, at most. */
const itsReach = 40;
/**
 * A role a group takes for the organization: its contact point, its go-between ("the Lab's point of
 * contact", "l'interlocuteur du CERN"), claimed when the group speaks of itself in the sentence.
 */
const roleNouns = new Lexicon([
  'contact point', 'point of contact', 'liaison', 'relay', 'go between', 'interlocuteur', 'interlocuteurs', 'interlocutrice', 'relais', 'anlaufstelle', 'ansprechpartner', 'verbindungsstelle',
  'referente', 'referenti', 'punto di contatto', 'punto di riferimento', 'interlocutor*', 'punto de contacto', 'enlace', 'ponto de contato', 'ponto de contacto', 'aanspreekpunt',
  'punkt kontaktowy', 'lacznik', 'συνδεσμος', 'irtibat', 'muhatab*', 'muhatap*',
  'delegation', 'delegazione', 'delegacion', 'delegacao', 'delegatie', 'delegacja', 'αντιπροσωπεια', 'heyet*',
  // Its one-stop desk: "ventanilla única del CERN".
  'one stop shop', 'single point of contact', 'ventanilla unica', 'guichet unique', 'sportello unico', 'balcao unico', 'zentrale anlaufstelle', 'loket',
  // Its face: "Ser a cara do CERN", "the face of CERN in the region".
  'face', 'cara', 'cara visible', 'visage', 'volto', 'gezicht', 'gesicht', 'twarz', 'προσωπο', 'yuzu',
  // Its arm: "als verlängerter Arm des CERN".
  'extended arm', 'verlangerter arm', 'verlangerte arm', 'verlangerten arm', 'bras arme', 'braccio operativo', 'brazo ejecutor', 'braco armado', 'verlengstuk',
  // A branch of the organization: "wir sind gewissermaßen die Lyoner Außenstelle des Labors".
  'branch', 'branch office', 'outpost', 'outstation', 'antenne', 'succursale', 'filiale', 'aussenstelle', 'ausenstelle', 'zweigstelle', 'niederlassung', 'ableger', 'sucursal', 'filial', 'vestiging', 'dependance', 'filia', 'placowka', 'παραρτημα', 'sube', 'subesi',
]);
/** Words of scope or standing that may stand between a role and the organization's name: "local", "regional", "formal". */
const scopeWords = new Set([
  'local', 'regional', 'national', 'locale', 'locales', 'nationale', 'regionale', 'lokal', 'lokale', 'lokalen', 'regionalen', 'nationalen', 'locali', 'nazionale', 'regionali',
  'regionales', 'nacional', 'lokaal', 'regionaal', 'nationaal', 'lokalna', 'lokalny', 'regionalna', 'regionalny', 'τοπικη', 'τοπικο', 'περιφερειακη', 'yerel', 'bolgesel',
  // Or of standing, which only makes the role more official: "enlace formal del CERN", "the official liaison of CERN".
  'formal', 'formale', 'formel', 'formelle', 'official', 'oficial', 'officiel', 'officielle', 'ufficiale', 'offizielle', 'offizieller', 'offiziellen', 'officieel', 'officiele', 'oficjalny', 'oficjalna', 'oficjalnym', 'επισημος', 'επισημη', 'επισημο', 'resmi',
]);
/** Appointed, designated: "les porte-parole attitrés du CERN" are its official ones. */
const appointedWords = new Lexicon(['appointed', 'designated', 'attitre*', 'designe*', 'ernannt*', 'bestellt*', 'designat*', 'nominat*', 'designad*', 'nombrad*', 'nomead*', 'aangewezen', 'benoemd*', 'wyznaczon*', 'mianowan*', 'ορισμεν*', 'atanmis']);
/** Counts as, is taken as: what the group says "gilt als Stellungnahme des CERN". */
const countsAsWords = new Lexicon([
  'counts as', 'count as', 'is taken as', 'are taken as', 'is regarded as', 'are regarded as', 'vaut', 'valent', 'tient lieu de', 'tiennent lieu de', 'gilt als', 'gelten als',
  'vale come', 'valgono come', 'vale como', 'valen como', 'valem como', 'geldt als', 'gelden als', 'uchodzi za', 'uchodza za', 'θεωρειται', 'θεωρουνται', 'sayilir',
]);
/** What the organization says: its statement, position, word. */
const statementNouns = new Lexicon([
  'statement', 'position', 'word', 'standpoint', 'declaration', 'prise de position', 'parole', 'stellungnahme', 'standpunkt', 'erklarung', 'aussage', 'posizione', 'dichiarazione', 'parola',
  'posicion', 'declaracion', 'palabra', 'posicao', 'declaracao', 'palavra', 'standpunt', 'verklaring', 'stanowisko', 'oswiadczenie', 'θεση', 'δηλωση', 'aciklama', 'gorus',
]);
/** Words with which a group speaks of itself: "we", "our", "the group". */
const ourselvesWords = new Set([
  'we', 'us', 'our', 'nous', 'notre', 'nos', 'wir', 'uns', 'unser', 'unsere', 'noi', 'nostro', 'nostra', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nosso', 'nossa', 'wij', 'ons', 'onze', 'my', 'nasz', 'nasza',
  'εμεις', 'μας', 'biz', 'bizim', 'biziz', 'bize', 'bizler', 'siamo', 'somos', 'sommes', 'jestesmy', 'ειμαστε', 'group', 'groupe', 'gruppe', 'gruppo', 'grupo', 'groep', 'grupa', 'ομαδα', 'grup', 'grubu',
]);

/** "The voice of", which something is said to be: the group's claim only when it is the group that is said to be it. */
const voiceWords = new Set(['voice of', 'voix de', 'voix du', 'stimme des', 'voce del', 'voce di', 'voz del', 'voz de', 'voz do', 'stem van', 'glos', 'glosem', 'φωνη του']);
/**
 * Whether the group speaks of itself at the word: it names itself ("we", "our group") before the word in
 * its sentence, or one of `wordsAfter` ("we are") follows it; an objective or a summary is the group's
 * own, "we" or not ("Być głosem CERN-u wobec urzędów", "Ser el interlocutor del CERN en Madrid").
 */
function namesItself(text: WordedSpan, index: number, wordsAfter: ReadonlySet<string>): boolean {
  if (text.span.field?.[0] === 'objectives' || text.span.field?.[0] === 'summary') return true;
  const sentence = sentenceAt(text, index) as Sentence;
  return (
    text.words.slice(sentence.from, index).some((word) => ourselvesWords.has(word.text) && !objectPronouns.has(word.text)) ||
    text.words.slice(index, sentence.to).some((word) => wordsAfter.has(word.text))
  );
}
/** "We", or "we are", after the voice the group says it is: "la voce del CERN siamo noi", "die Stimme des CERN sind wir". */
const weAfterVoice = ['we', 'wir', 'nous', 'noi', 'nosotros', 'wij', 'my', 'εμεις', 'biz', 'siamo', 'somos', 'sommes', 'jestesmy'];

/** The organization's platform or website, which "official" describes when it comes just before ("the official platform", "resmi platformundaki"). */
const platformStems = ['platform', 'plataform', 'plateform', 'plattform', 'piattaform', 'πλατφορμ', 'website', 'webseite', 'webpagina', 'sitio', 'sito', 'site', 'ιστοσελιδ', 'ιστοτοπ', 'strona', 'stron'];

/** "As", before a role the speaker acts in: "το ανεβάζουμε ως η τοπική αντιπροσωπεία", "actuamos como enlace". */
const asWords = new Set(['as', 'als', 'comme', 'come', 'como', 'jako', 'ως', 'σαν']);
/** A verb in the first person plural, in the languages that drop "we": Greek, Spanish, Italian, Portuguese. */
const firstPersonPlural: Record<string, RegExp> = { ell: /(?:ουμε|αμε|ουμαστε)$/, spa: /(?:amos|emos|imos)$/, ita: /iamo$/, por: /(?:amos|emos|imos)$/ };
/** Whether the role follows "as" (an article may stand between), after a verb in the first person plural: the group acting in it. */
function actsAsRole(text: WordedSpan, role: LexiconMatch): boolean {
  const suffix = firstPersonPlural[text.language()];
  if (!suffix) return false;
  for (const at of [role.index - 1, role.index - 2, role.index - 3]) {
    if (!asWords.has(text.words[at]?.text ?? '')) continue;
    const verb = text.words[at - 1];
    return verb !== undefined && !verb.startsSentence && suffix.test(verb.text);
  }
  return false;
}

/** "Here is", "welcome to": words with which a page speaks of itself. */
const herePageWords = new Lexicon([
  'this is', 'here is', 'welcome to', 'aqui e', 'aqui es', 'bem vindos ao', 'bem vindo ao', 'bienvenidos a', 'ici c est', 'bienvenue sur', 'hier ist', 'willkommen auf', 'qui e', 'benvenuti su', 'benvenuti sulla',
  'hier is', 'welkom op', 'tu jest', 'witamy na', 'εδω ειναι', 'καλως ηρθατε στο', 'καλως ηρθατε στη', 'burasi',
]);
/** A page or an account on a social network, which a page calls itself. */
const accountNouns = new Set(['profile', 'account', 'page', 'perfil', 'cuenta', 'conta', 'pagina', 'compte', 'profil', 'konto', 'seite', 'profiel', 'strona', 'stronie', 'λογαριασμος', 'σελιδα', 'προφιλ', 'hesap', 'hesabi', 'sayfa', 'sayfasi']);

/** "We are", written before what the group says it is. */
const weAreWords = new Lexicon(['we are', 'we re', 'nous sommes', 'on est', 'wir sind', 'siamo', 'somos', 'wij zijn', 'we zijn', 'jestesmy', 'ειμαστε']);
/** Articles a name may take after "we are": "nous sommes le CERN", "siamo il CERN", "είμαστε το CERN". */
const nameArticles = new Set(['the', 'le', 'la', 'l', 'das', 'il', 'lo', 'el', 'o', 'het', 'το']);
/** Where or for whom, after the name: "we are CERN here", "somos el CERN en Madrid". */
const placeAfterName = new Set(['here', 'in', 'for', 'ici', 'a', 'au', 'en', 'pour', 'hier', 'im', 'fur', 'qui', 'per', 'aqui', 'para', 'no', 'na', 'voor', 'tutaj', 'w', 'dla', 'εδω', 'στην', 'στη', 'στο', 'για']);

/** Others naming the group ("calls us", "nous présente comme", "bezeichnet uns als"): the name is theirs, not a claim of the group's. */
const namingWords = new Lexicon([
  'calls us', 'called us', 'call us', 'describes us as', 'described us as', 'presents us as', 'presented us as', 'refers to us as', 'referred to us as', 'dubbed us',
  'nous appelle', 'nous appellent', 'nous a appeles', 'nous presente comme', 'nous presentent comme', 'nous a presentes comme', 'nous qualifie de', 'nous decrit comme', 'nous designe comme',
  'nennt uns', 'nannte uns', 'bezeichnet uns als', 'bezeichnete uns als', 'beschreibt uns als', 'stellt uns als',
  'ci chiama', 'ci ha chiamati', 'ci definisce', 'ci ha definiti', 'ci descrive come', 'ci presenta come',
  'nos llama', 'nos llamo', 'nos describe como', 'nos presenta como', 'nos presento como', 'nos chama', 'nos chamou', 'nos descreve como', 'nos apresenta como', 'nos apresentou como',
  'noemt ons', 'noemde ons', 'beschrijft ons als', 'beschreef ons als', 'nazywa nas', 'nazwal nas', 'nazwala nas', 'opisuje nas jako', 'przedstawia nas jako',
  'μας αποκαλει', 'μας αποκαλεσε', 'μας χαρακτηριζει', 'μας χαρακτηρισε', 'μας παρουσιαζει ως',
]);

/** "Us" as an object, which names the group as the one something is done to. */
const objectPronouns = new Set(['us', 'uns', 'bize']);
/** "We are", written after what the group says it is. */
const weAreAfter = new Set(['biziz', 'bizleriz', 'ειμαστε']);
const weOrWeAreAfter = new Set([...weAreAfter, ...weAfterVoice]);

/** Who else may speak: "they", "c'est elle qui" (the organization's own team), in the network's languages. */
const othersWords = new Set(['they', 'he', 'she', 'il', 'ils', 'elle', 'elles', 'sie', 'er', 'lui', 'lei', 'loro', 'ellos', 'ellas', 'ella', 'eles', 'elas', 'ele', 'zij', 'hij', 'oni', 'ona', 'αυτοι', 'αυτη', 'αυτος', 'onlar']);

/** Whether a third person speaks, just before the words ("c'est elle qui s'exprime au nom du Laboratoire", "they speak on behalf of the Lab"), and not the group. */
function spokenByOthers(text: WordedSpan, index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 4); at--) {
    const word = (text.words[at] as Word).text;
    if (ourselvesWords.has(word)) return false;
    if (othersWords.has(word)) return !(word === 'αυτοι' && text.words[at + 1]?.text === 'που' && saysWeBefore(text, at));
    if ((text.words[at] as Word).startsSentence) return false;
  }
  return false;
}

/**
 * Whether the group speaks of itself earlier in the sentence: then Greek "αυτοί που" ("those who") is
 * the group ("είμαστε … αυτοί που μιλάνε για λογαριασμό του Εργαστηρίου").
 */
function saysWeBefore(text: WordedSpan, index: number): boolean {
  for (let at = index - 1; at >= 0; at--) {
    const word = (text.words[at] as Word).text;
    if (ourselvesWords.has(word)) return true;
    if ((text.words[at] as Word).startsSentence) return false;
  }
  return false;
}

/** "On behalf of" written after the name, as Turkish does ("CERN adına"). */
const afterNameWords = new Set(['adina', 'namina']);
/** Recognised, endorsed, mandated: followed by "by" and the organization ("officially recognised by CERN", "reconhecido pelo Laboratório"). */
const endorsedWords = new Lexicon([
  'recogni*', 'endorsed', 'approved', 'accredited', 'sanctioned', 'mandated', 'authori*', 'certified',
  'reconnu', 'reconnue', 'reconnus', 'mandate', 'mandatee', 'accredite', 'agree', 'agreee',
  'anerkannt', 'beauftragt', 'akkreditiert', 'autorisiert', 'zertifiziert',
  'riconosciut*', 'accreditat*', 'autorizzat*', 'incaricat*',
  'reconocid*', 'acreditad*', 'autorizad*', 'avalad*',
  'reconhecid*', 'credenciad*',
  'erkend', 'geaccrediteerd', 'gemandateerd',
  'uznan*', 'akredytowan*', 'upowaznion*',
  'αναγνωρισμεν*', 'taninan', 'taninmis', 'yetkilendirilmis',
]);
const byWords = new Set(['by', 'par', 'von', 'vom', 'durch', 'da', 'dal', 'dallo', 'dalla', 'dall', 'por', 'pelo', 'pela', 'door', 'przez', 'απο', 'tarafindan']);
/** Words that stand between a claim and the organization's name: "of the", "des", "del", "het", "officially". */
const linkingWords = new Set(['of', 'the', 'du', 'de', 'des', 'la', 'le', 'l', 'au', 'aux', 'von', 'vom', 'der', 'dem', 'das', 'den', 'zum', 'zur', 'del', 'della', 'dello', 'dell', 'di', 'il', 'lo', 'al', 'alla', 'allo', 'el', 'do', 'da', 'o', 'a', 'ao', 'van', 'het', 'του', 'της', 'το', 'τον', 'την']);
/** Genitive endings after an apostrophe: "CERN's representatives", "CERN'in temsilcisi". */
const genitiveEndings = new Set(['s', 'in', 'nin', 'un', 'nun']);

interface Names {
  /** The organization's name in words ("cern"). */
  name: string[];
  /** The network's name in words ("cern alumni"): the network is not the organization, and a group may say the office recognised it. */
  network: string[];
  others: Lexicon;
}

const namesByOrganization = new WeakMap<Organization, Names>();
function namesOf(organization: Organization): Names {
  let names = namesByOrganization.get(organization);
  if (!names) namesByOrganization.set(organization, (names = makeNames(organization)));
  return names;
}

function makeNames(organization: Organization): Names {
  return { name: foldedWords(organization.name), network: foldedWords(organization.networkName), others: new Lexicon(organization.otherNames) };
}

/** A claim found in a sentence: the words it covers. */
interface Claim {
  from: number;
  to: number;
}

export default defineRule({
  id: 'official-claims',
  severity: 'error',
  summary: 'an alumni-managed group does not claim to speak officially for the organization',
  guideline: 'social-media-conduct#official-communications',
  rationale:
    'Only authorised people speak officially for the organization. An alumni-managed group acts independently, so presenting itself as official or as the organization’s representative misleads readers and contradicts its own disclaimer.',
  translations: {
    fr: {
      summary: 'un groupe géré par des alumni ne prétend pas s’exprimer officiellement au nom de l’organisation',
      rationale:
        'Seules les personnes autorisées s’expriment officiellement au nom de l’organisation. Un groupe géré par des alumni agit de manière indépendante ; se présenter comme officiel ou comme le représentant de l’organisation induit donc les lecteurs en erreur et contredit son propre avertissement d’indépendance.',
    },
  },
  examples: {
    valid: [
      { title: 'Alumni of the organization', translations: { fr: { title: 'Des alumni de l’organisation' } }, body: 'We are alumni of {organization} who live around Lyon, and we share news from {organization} with each other.\n' },
      { title: 'Saying that the group is not official', translations: { fr: { title: 'Indiquer que le groupe n’est pas officiel' } }, body: 'This is not an official {organization} group; we speak only for ourselves.\n' },
      { title: 'An organization-managed group', translations: { fr: { title: 'Un groupe géré par l’organisation' } }, frontmatter: 'managedBy: organization\ndisclaimer: null', body: 'This is the official {organization} group for openlab alumni, run on behalf of {organization} by the openlab team.\n' },
      { title: 'The office’s role', translations: { fr: { title: 'Le rôle du bureau' } }, body: 'Invitations are sent by the {office}, and {organization}’s official website has news of the Laboratory.\n' },
      { title: '“Official” about something else', translations: { fr: { title: '« Official » au sujet d’autre chose' } }, body: 'Since its official opening in 2023, the Science Gateway has been on our list. Official news of the Laboratory is on its website.\n' },
    ],
    invalid: [
      { title: 'The official group', translations: { fr: { title: 'Le groupe officiel' } }, body: 'Welcome to the official {organization} group for alumni in Lyon.\n', reports: [{ at: 'official {organization} group', message: 'Remove "official {organization} group": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Representing the organization', translations: { fr: { title: 'Représenter l’organisation' } }, body: 'Our group officially represents {organization} in the Rhône-Alpes region.\n', reports: [{ at: 'officially represents {organization}', message: 'Remove "officially represents {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Speaking on behalf of the organization', translations: { fr: { title: 'Parler au nom de l’organisation' } }, body: 'We answer questions from the press on behalf of {organization}.\n', reports: [{ at: 'on behalf of {organization}', message: 'Remove "on behalf of {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Claiming to be its representatives', translations: { fr: { title: 'Se présenter comme ses représentants' } }, frontmatter: "summary: {organization}'s representatives in Lyon meet for talks and visits.", reports: [{ at: '{organization}\'s representatives', message: 'Remove "{organization}\'s representatives": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'The official chapter', translations: { fr: { title: 'La section officielle' } }, frontmatter: "objectives:\n  - Be {organization}'s official alumni chapter in France.", reports: [{ at: 'official alumni chapter', message: 'Remove "official alumni chapter": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Speaking for the organization, in French', translations: { fr: { title: 'Parler pour l’organisation, en français' } }, body: 'Sur notre stand, nous parlons au nom du {organization}.\n', reports: [{ at: 'au nom du {organization}', message: 'Remove "au nom du {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
      { title: 'Recognised by the organization, in Portuguese', translations: { fr: { title: 'Reconnu par l’organisation, en portugais' } }, body: 'Somos o núcleo reconhecido pelo {organization} no Rio de Janeiro.\n', reports: [{ at: 'reconhecido pelo {organization}', message: 'Remove "reconhecido pelo {organization}": an alumni-managed group acts independently of {organization} and may not present itself as official or as speaking for it. Describe the group as alumni of {organization} instead.' }] },
    ],
  },
  check(group, { organization, report }) {
    if (group.data?.managedBy === 'organization') return;
    const names = namesOf(organization);
    const reportOnce = oncePerPlace(report);
    for (const text of wordedText(group)) {
      const field = text.span.field?.[0];
      if (field === 'disclaimer' || field === 'channels' || field === 'managers') continue;
      for (const claim of claimsIn(text, names)) {
        const start = (text.words[claim.from] as Word).start;
        const end = (text.words[claim.to] as Word).end;
        const words = text.span.text.slice(start, end);
        reportOnce(text.span.rangeOf(start, end), `Remove "${words}": an alumni-managed group acts independently of ${organization.name} and may not present itself as official or as speaking for it. Describe the group as alumni of ${organization.name} instead.`);
      }
    }
  },
});

function claimsIn(text: WordedSpan, names: Names): Claim[] {
  const claims: Claim[] = [];
  // Worked out only for a span with something to weigh: most spans have no claim word at all.
  let sentenceOf: number[] | undefined;
  const sameSentence = (a: number, b: number) => (sentenceOf ??= sentenceIndex(text))[a] === sentenceOf[b];
  const denied = (at: number) => isNegatedAt(text, at);
  // Turkish denies with the verb after what it denies: "CERN adına konuşmuyoruz", "resmi bir grubu değiliz", and at the end of
  // the clause, however far ("CERN adına konuşacak olan da bizden biri değil").
  const deniedAtClauseEnd = (end: number) => isDeniedAtClauseEnd(text, end, sentencesOf(text)[(sentenceOf ??= sentenceIndex(text))[end] as number] as Sentence);
  const deniedAfter = (end: number) => hasNegation(text, { from: end + 1, to: Math.min(end + 3, text.words.length) }) || deniedAtClauseEnd(end);

  // "the official CERN group", "grupo oficial del CERN", "offizielle Anlaufstelle": "official" within a few words of what the group calls itself.
  if (officialWords.mayMatch(text) && selfNouns.mayMatch(text)) {
    const nouns = selfNouns.find(text);
    for (const official of officialWords.find(text)) {
      if (isAdverb((text.words[official.index] as Word).text)) continue;
      // "CERN Alumni'nin resmi platformundaki grup sayfamız": the official platform or site, and the group's page on it.
      const described = text.words[official.index + official.length]?.text ?? '';
      if (platformStems.some((stem) => described.startsWith(stem))) continue;
      // "CERN's official young-alumni chapter": with the organization named just before, other words may stand between.
      const namedBefore = organizationBefore(text, official.index - 1, names);
      const noun = nouns.find(
        (candidate) =>
          sameSentence(candidate.index, official.index) &&
          ((Math.abs(candidate.index - official.index) <= 3 && onlyNamesBetween(text, official, candidate, names)) ||
            (namedBefore !== undefined && candidate.index > official.index && candidate.index - official.index <= 4)),
      );
      if (!noun || denied(Math.min(namedBefore ?? official.index, noun.index))) continue;
      // "o único canal oficial do grupo": the group's own official channel, not the organization's.
      if (ofTheGroup(text, Math.max(official.index + official.length, noun.index + noun.length))) continue;
      claims.push({ from: Math.min(official.index, noun.index), to: Math.max(official.index + official.length, noun.index + noun.length) - 1 });
    }
  }
  // "CERN's recognised voice", "the accredited branch of CERN", "le relais accrédité du CERN": a word of endorsement
  // just before or after what the group calls itself, the organization named with them.
  if (endorsedWords.mayMatch(text) && selfNouns.mayMatch(text)) {
    const nouns = selfNouns.find(text);
    for (const word of endorsedWords.find(text)) {
      // A word may describe the noun first: "the Laboratory's sanctioned cycling squad".
      const nounAfter = nouns.find((candidate) => candidate.index === word.index + word.length || (candidate.index === word.index + word.length + 1 && !linkingWords.has(text.words[word.index + word.length]?.text ?? '')));
      const nounBefore = nounAfter ? undefined : nouns.find((candidate) => candidate.index + candidate.length === word.index);
      if (!nounAfter && !nounBefore) continue;
      const [first, last] = nounAfter ? [word.index, nounAfter.index + nounAfter.length - 1] : [(nounBefore as LexiconMatch).index, word.index + word.length - 1];
      const before = organizationBefore(text, first - 1, names);
      const after = before === undefined ? organizationAfter(text, last + 1, names, { adverbs: false }) : undefined;
      if (before === undefined && after === undefined) continue;
      if (denied(before ?? first)) continue;
      claims.push({ from: before ?? first, to: after ?? last });
    }
  }
  // "we represent CERN", "CERN's representatives", "das Labor vertreten", "porte-parole du CERN".
  if (representWords.mayMatch(text)) {
    for (const word of representWords.find(text)) {
      const last = word.index + word.length - 1;
      // "la rappresentativa sportiva del CERN": a word may describe the representative before its "of".
      const after = organizationAfter(text, last + 1, names, { adverbs: true }) ?? (linkingWords.has(text.words[last + 2]?.text ?? '') ? organizationAfter(text, last + 2, names, { adverbs: false }) : undefined);
      const before = after === undefined ? (organizationBefore(text, word.index - 1, names) ?? turkishObjectBefore(text, word.index, names) ?? objectOpeningClause(text, word, names)) : undefined;
      const from = before ?? officiallyBefore(text, word.index);
      if (after === undefined && before === undefined) continue;
      if (denied(from)) continue;
      claims.push({ from, to: after ?? last });
    }
  }
  // "on behalf of CERN", "im Namen des Labors", "namens het lab".
  if (onBehalfWords.mayMatch(text)) {
    for (const phrase of onBehalfWords.find(text)) {
      const after = organizationAfter(text, phrase.index + phrase.length, names, { adverbs: false });
      // "Namens CERN spreken kunnen en mogen we niet": German and Dutch deny at the end of the clause.
      if (after === undefined || denied(phrase.index) || deniedAtClauseEnd(after) || spokenByOthers(text, phrase.index)) continue;
      // "Was dort steht, ist die Stimme des Labors": a voice is the group's only when the group names itself before it.
      if (voiceWords.has(phrase.entry) && !namesItself(text, phrase.index, weOrWeAreAfter)) continue;
      claims.push({ from: phrase.index, to: after });
    }
  }
  // "…veulent entendre le Laboratoire, et nous leur répondons en son nom": "its" stands for the organization named before.
  // "on the Laboratory's behalf", "in the Organization's name": the organization's genitive inside "on … behalf", "in … name".
  text.words.forEach((word, index) => {
    if (word.text !== 'behalf' && word.text !== 'name') return;
    const from = organizationBefore(text, index - 1, names);
    if (from === undefined || denied(from)) return;
    if ([from - 1, from - 2].some((at) => (word.text === 'name' ? ['in'] : ['on', 'in']).includes(text.words[at]?.text ?? ''))) claims.push({ from, to: index });
  });
  if (onItsBehalfWords.mayMatch(text)) {
    for (const phrase of onItsBehalfWords.find(text)) {
      if (denied(phrase.index) || !namedBefore(text, phrase.index, names)) continue;
      claims.push({ from: phrase.index, to: phrase.index + phrase.length - 1 });
    }
  }
  // "the merged group is the Lab's point of contact", "nous sommes l'interlocuteur du CERN".
  if (roleNouns.mayMatch(text)) {
    // In an objective or a summary, or where the group names itself before the role ("we act as the Lab's
    // delegation"), not after it as the one visited ("a CERN delegation visited us"), unless it says "we are"
    // after it, as Turkish and Greek may ("CERN'in İstanbul'daki muhatabı biziz").
    const speaksOfItself = (role: LexiconMatch) => actsAsRole(text, role) || namesItself(text, role.index, weAreAfter);
    for (const role of roleNouns.find(text)) {
      // "the Lab's local delegation", "la delegazione locale del CERN": a word of scope may stand between.
      const scopeAfter = scopeWords.has(text.words[role.index + role.length]?.text ?? '') ? 1 : 0;
      const scopeBefore = scopeWords.has(text.words[role.index - 1]?.text ?? '') ? 1 : 0;
      const after = organizationAfter(text, role.index + role.length + scopeAfter, names, { adverbs: false });
      const before = after === undefined ? organizationBefore(text, role.index - 1 - scopeBefore, names) : undefined;
      if (after === undefined && before === undefined) continue;
      const from = before ?? role.index;
      if (denied(from) || !speaksOfItself(role)) continue;
      claims.push({ from, to: after ?? role.index + role.length - 1 });
    }
  }
  // "Aqui é o perfil oficial dos ex-CERN em Minas": the page calling itself the official account of the organization's people.
  if (herePageWords.mayMatch(text) && officialWords.mayMatch(text)) {
    for (const here of herePageWords.find(text)) {
      const after = here.index + here.length;
      const official = [after, after + 1, after + 2].find((at) => officialWords.matchLengthAt(text, at) > 0 && [at - 1, at + 1].some((beside) => accountNouns.has(text.words[beside]?.text ?? '')));
      if (official === undefined || denied(here.index)) continue;
      const end = Math.max(official, accountNouns.has(text.words[official + 1]?.text ?? '') ? official + 1 : official);
      if (ofTheGroup(text, end + 1)) continue;
      // Of the organization's people: its name within a few words after ("dos ex-CERN").
      const nameEnd = [end + 1, end + 2, end + 3, end + 4].map((at) => organizationAt(text, at, names)).find((last) => last !== undefined);
      if (nameEnd === undefined || !sameSentence(here.index, nameEnd)) continue;
      claims.push({ from: here.index, to: nameEnd });
    }
  }
  // "As far as the region is concerned, we are CERN here", "nous sommes le CERN à Lyon": the group as the organization itself.
  if (weAreWords.mayMatch(text)) {
    for (const phrase of weAreWords.find(text)) {
      let at = phrase.index + phrase.length;
      if (nameArticles.has(text.words[at]?.text ?? '')) at++;
      const last = organizationAt(text, at, names);
      if (last === undefined || denied(phrase.index)) continue;
      // "We are CERN alumni", "siamo il CERN Alumni Group": a longer name, or what the group is of the organization.
      const next = text.words[last + 1];
      if (next && !next.startsSentence && !/[,;:.!?()–—]/.test(text.span.text.slice((text.words[last] as Word).end, next.start)) && !placeAfterName.has(next.text)) continue;
      claims.push({ from: phrase.index, to: last });
    }
  }
  // "Was wir sagen, gilt als Stellungnahme des CERN": what the group says taken as the organization's word.
  if (countsAsWords.mayMatch(text) && statementNouns.mayMatch(text)) {
    const nouns = byWord(text, statementNouns.find(text));
    for (const phrase of countsAsWords.find(text)) {
      const next = phrase.index + phrase.length;
      const noun = [next, next + 1, next + 2].map((at) => nouns[at]).find((candidate) => candidate !== undefined && candidate.index >= next);
      if (!noun) continue;
      const after = organizationAfter(text, noun.index + noun.length, names, { adverbs: true });
      const before = after === undefined ? organizationBefore(text, noun.index - 1, names) : undefined;
      if ((after === undefined && before === undefined) || denied(phrase.index)) continue;
      claims.push({ from: Math.min(phrase.index, before ?? phrase.index), to: after ?? noun.index + noun.length - 1 });
    }
  }
  // Turkish puts "on behalf of" after the name, and denies with the verb after it: "CERN adına (konuşmuyoruz)".
  text.words.forEach((word, index) => {
    if (!afterNameWords.has(word.text)) return;
    const from = organizationBefore(text, index - 1, names);
    if (from !== undefined && !denied(from) && !deniedAfter(index)) claims.push({ from, to: index });
  });
  // "officially recognised by CERN", "reconhecido pelo Laboratório": the network's own office recognising a group is how groups are made.
  if (endorsedWords.mayMatch(text)) {
    for (const word of endorsedWords.find(text)) {
      const by = word.index + word.length;
      if (!byWords.has(text.words[by]?.text ?? '')) continue;
      const after = organizationAfter(text, by + 1, names, { adverbs: false });
      if (after === undefined || denied(word.index)) continue;
      claims.push({ from: officiallyBefore(text, word.index), to: after });
    }
  }
  // "Are you the official CERN group? No." asks, and the answer denies; a member's words in quotation
  // marks, which the page answers, claim nothing for the group; "to speak for CERN one needs an
  // authorization we do not have" says what the group may not do; an item of a list that "What we
  // are not:" introduces is denied by it.
  // Worked out once per sentence, however many claims it holds.
  const sentenceAsserts = new Map<number, boolean>();
  const assertsNothing = (claim: Claim) => {
    const number = (sentenceOf ??= sentenceIndex(text))[claim.from] as number;
    let nothing = sentenceAsserts.get(number);
    if (nothing === undefined) {
      const sentence = sentencesOf(text)[number] as Sentence;
      sentenceAsserts.set(number, (nothing = isAnsweredNo(text, sentence) || isQuotedSentence(text, sentence) || asksWho(text, sentence) || deniesPermission(text, sentence) || (number === 0 && isDeniedByLeadIn(text))));
    }
    // "Marta preguntó si podíamos presentarnos como «la representación oficial del CERN»": a question someone asked, reported.
    return nothing || isReportedQuestion(text, sentencesOf(text)[number] as Sentence, claim.from);
  };
  // Worked out once per sentence: a sentence of a hundred thousand words may hold thousands of claims.
  const disownedFrom = new Map<number, number>();
  const disowned = (claim: Claim) => {
    const number = (sentenceOf ??= sentenceIndex(text))[claim.to] as number;
    let at = disownedFrom.get(number);
    if (at === undefined) disownedFrom.set(number, (at = lastDisowning(text, sentencesOf(text)[number] as Sentence)));
    return at > claim.to;
  };
  const turkish = text.language() === 'tur';
  return claims.filter((claim) => sameSentence(claim.from, claim.to) && !assertsNothing(claim) && !(turkish && deniedAfter(claim.to)) && !someoneElse(text, claim) && !belongsToOthers(text, claim, names) && !disowned(claim));
}

/** "Who", "which", opening a question: "Chi parla a nome del CERN?" asks who does, and claims it for nobody. */
const whoWords = new Set(['who', 'which', 'qui', 'quel', 'quelle', 'wer', 'welche', 'welcher', 'chi', 'quale', 'quien', 'quienes', 'cual', 'quem', 'qual', 'wie', 'welke', 'kto', 'ktory', 'ktora', 'ποιος', 'ποια', 'ποιοι', 'kim', 'hangi']);
/** Whether the sentence is a question that opens with "who" or "which", or does after a label and its colon ("Seminar: Who speaks for CERN?"). */
function asksWho(text: WordedSpan, sentence: Sentence): boolean {
  // Quoted or not ("> «Chi parla a nome del CERN? …»", a talk's title): the question mark after its last word.
  const [last, next] = [text.words[sentence.to - 1] as Word, text.words[sentence.to]];
  if (!/^[^.!\n]*[?;\u037e]/.test(text.span.text.slice(last.end, next ? next.start : last.end + 20))) return false;
  if (whoWords.has((text.words[sentence.from] as Word).text)) return true;
  for (let at = sentence.from + 1; at < Math.min(sentence.to, sentence.from + 4); at++) {
    if (text.span.text.slice((text.words[at - 1] as Word).end, (text.words[at] as Word).start).includes(':')) return whoWords.has((text.words[at] as Word).text);
  }
  return false;
}

/** "Us", in the network's languages: the group as the object of a contrast ("…, not us"). */
const usWords = new Set(['us', 'we', 'nous', 'wir', 'uns', 'noi', 'nosotros', 'nosotras', 'nos', 'wij', 'ons', 'my', 'nas', 'εμεις', 'biz', 'bizi']);
const possessives = new Set(['our', 'notre', 'nos', 'unser', 'unsere', 'unserer', 'nostro', 'nostra', 'nuestro', 'nuestra', 'nosso', 'nossa', 'onze', 'nasz', 'nasza']);
/** An article some languages put before a possessive ("non il nostro gruppo", "não o nosso grupo"). */
const possessiveArticles = new Set(['il', 'la', 'el', 'o', 'a']);

/**
 * "Le porte-parole du CERN reste le service de communication, pas notre groupe": the role is given to
 * someone else, and the group is named after a negation as not holding it. The index of the last such
 * negation in the sentence, or -1; a claim before it is disowned.
 */
function lastDisowning(text: WordedSpan, sentence: Sentence): number {
  for (let at = sentence.to - 2; at >= sentence.from; at--) {
    if (!isDenyingWord((text.words[at] as Word).text)) continue;
    if (usWords.has((text.words[at + 1] as Word).text)) return at;
    const possessive = possessiveArticles.has((text.words[at + 1] as Word).text) ? at + 2 : at + 1;
    if (possessives.has(text.words[possessive]?.text ?? '') && possessive + 1 < sentence.to && ourselvesWords.has((text.words[possessive + 1] as Word).text)) return at;
  }
  return -1;
}

/** Whether the organization is named in the words before `index`, as far back as the sentence before. */
function namedBefore(text: WordedSpan, index: number, names: Names): boolean {
  for (let at = index - 1; at >= Math.max(0, index - itsReach); at--) if (organizationAt(text, at, names) !== undefined) return true;
  return false;
}

/** "Whoever", in the network's languages: someone else than the group. */
const whoeverWords = new Set(['whoever', 'anyone', 'quiconque', 'wer', 'chiunque', 'quien', 'quienes', 'quem', 'wie', 'kto', 'ktokolwiek', 'οποιος', 'οποια', 'οσοι', 'kim', 'kimse']);

/**
 * "Wie namens CERN wil spreken, verwijzen wij naar…": the claim is of whoever the sentence speaks of, a
 * word or three before it; or of the organization's office, named before it in the sentence with no word
 * of the group's between ("χαιρετισμός της διευθύντριας του Γραφείου Αποφοίτων του CERN, εκ μέρους του Οργανισμού").
 */
function someoneElse(text: WordedSpan, claim: Claim): boolean {
  // "The article calls us « les ambassadeurs officiels du CERN »": what others call the group.
  if (namingWords.mayMatch(text) && within(namingWords.find(text), sentenceAt(text, claim.from) as Sentence).some((naming) => naming.index < claim.from && naming.index + naming.length >= claim.from - 3)) return true;
  for (let at = claim.from - 1; at >= Math.max(0, claim.from - 3); at--) {
    const word = (text.words[at] as Word).text;
    // "Wie" is Dutch for "who", and German for "like" ("so etwas wie die Stimme des CERN").
    if (whoeverWords.has(word) && (word !== 'wie' || text.language() === 'nld')) return true;
    if ((text.words[at] as Word).startsSentence) break;
  }
  for (let at = claim.from - 1; at >= Math.max(0, claim.from - 10); at--) {
    const word = (text.words[at] as Word).text;
    if (ourselvesWords.has(word)) return false;
    if (isOfficeWord(word)) return true;
    if ((text.words[at] as Word).startsSentence) return false;
  }
  return false;
}

/** "Is", "c'est", "ist", "è", "είναι": what names whom a claim belongs to ("the official voice is the Alumni Office"). */
const copulaWords = new Set(['is', 'are', 'c', 'est', 'ce', 'sont', 'ist', 'sind', 'e', 'sono', 'es', 'son', 'sao', 'zijn', 'jest', 'to', 'ειναι']);

/** "La voix officielle, c'est le Bureau des Alumni": the claim is said, after it, to be the office's or the organization's own, not the group's. */
function belongsToOthers(text: WordedSpan, claim: Claim, names: Names): boolean {
  let at = claim.to + 1;
  let copula = false;
  for (; at < text.words.length && at <= claim.to + 4 && !(text.words[at] as Word).startsSentence; at++) {
    const word = (text.words[at] as Word).text;
    if (copulaWords.has(word)) copula = true;
    else if (!linkingWords.has(word)) break;
  }
  if (!copula || at >= text.words.length) return false;
  if (organizationAt(text, at, names) !== undefined) return true;
  // The office by its name: "the Alumni Office", "le Bureau des Alumni".
  for (let word = at; word < Math.min(at + 3, text.words.length); word++) if (isOfficeWord((text.words[word] as Word).text)) return true;
  return false;
}

/** A permission or an authorization, in the network's languages. */
const permissionWords = new Lexicon([
  'permission', 'authorization', 'authorisation', 'authorized', 'authorised', 'autorisation', 'autorise', 'autorisee', 'autorises', 'genehmigung', 'erlaubnis', 'befugnis', 'autorizzazion*', 'autorizzat*', 'permesso',
  'autorizacion', 'autorizad*', 'permiso', 'autorizacao', 'permissao', 'toestemming', 'bevoegd*', 'zgod*', 'pozwoleni*', 'upowaznieni*', 'αδεια', 'εξουσιοδοτηση', 'εξουσιοδοτημεν*', 'izin', 'yetki*',
]);

/** Whether the sentence says the group lacks the permission it speaks of ("Pour parler au nom du CERN, il faut une autorisation que nous n'avons pas"). */
const deniesPermission = (text: WordedSpan, sentence: Sentence) => within(permissionWords.find(text), sentence).length > 0 && hasNegation(text, sentence);

/** "Officially", "officiellement", "oficjalnie": the adverb says how something is done, not what the group is. */
const isAdverb = (word: string) => /(?:ly|ment|mente|nie|ως)$/.test(word);

/** For each word, the index of its sentence. */
function sentenceIndex(text: WordedSpan): number[] {
  const index: number[] = new Array(text.words.length);
  sentencesOf(text).forEach((sentence, number) => index.fill(number, sentence.from, sentence.to));
  return index;
}

/** The last word of the organization named at `at`, past linking words ("of the", "des", "het"), or undefined. */
function organizationAfter(text: WordedSpan, at: number, names: Names, options: { adverbs: boolean }): number | undefined {
  let index = at;
  while (index < at + 4 && (linkingWords.has(text.words[index]?.text ?? '') || (options.adverbs && (isOfficial(text, index) || appointedWords.has(text.words[index]?.text ?? ''))))) index++;
  return organizationAt(text, index, names);
}

/** The first word of the organization named just before `at` ("CERN's", "CERN", "das CERN in Bayern offiziell"), or undefined. */
function organizationBefore(text: WordedSpan, at: number, names: Names): number | undefined {
  let index = at;
  if (genitiveEndings.has(text.words[index]?.text ?? '') && /['’]/.test(text.span.text.slice(text.words[index - 1]?.end ?? 0, text.words[index]?.start ?? 0))) index--;
  while (index > at - 2 && isOfficial(text, index)) index--;
  // German, Dutch and Turkish put the verb last: "das CERN in Bayern offiziell vertreten", "CERN'in Türkiye'deki temsilcisi".
  const reach = ['deu', 'nld', 'tur'].includes(text.language()) ? 5 : 1;
  for (let start = index; start > index - reach && start >= 0; start--) {
    if (start < index && (text.words[start + 1] as Word).startsSentence) break;
    // "… oud-medewerkers van CERN, geen officiële afdeling": a comma ends the reach back to the name.
    if (start < index && /[,;:]/.test(text.span.text.slice((text.words[start] as Word).end, (text.words[start + 1] as Word).start))) break;
    const first = organizationEndingAt(text, start, names);
    if (first !== undefined) return first;
  }
  return undefined;
}

/** Turkish marks the object of a verb with a suffix after an apostrophe: "CERN'i (…) temsil etmek". */
const turkishObjectSuffixes = new Set(['i', 'u', 'yi', 'yu', 'nu']);
/** The genitive after an apostrophe ("CERN'ün", "CERN'in"), and a possessed noun as an object ("ağını", "adını"). */
const turkishGenitiveSuffixes = new Set(['un', 'in', 'nun', 'nin']);
const turkishPossessedObject = /.(?:ni|nu)$/;

/**
 * "CERN'i Türkiye'deki üniversitelerde resmi olarak temsil etmek": in Turkish, the organization as the
 * object of the verb, earlier in its sentence; the first word of its name. "CERN'de" (at CERN) is no object.
 */
/** Whether the group itself follows, past linking words: "official channel of the group", "canal oficial do grupo". */
function ofTheGroup(text: WordedSpan, at: number): boolean {
  let index = at;
  while (index < at + 3 && linkingWords.has(text.words[index]?.text ?? '')) index++;
  return index > at && ourselvesWords.has(text.words[index]?.text ?? '');
}

/** Passive auxiliaries of German and Dutch: "Das CERN wird … von seinem Team vertreten" is represented, by others. */
const passiveWords = new Set(['wird', 'werden', 'wurde', 'wurden', 'worden', 'wordt', 'werd']);
const articles = new Set(['das', 'den', 'dem', 'het', 'de']);

/**
 * German and Dutch put the verb last, the object first: an objective written "Das CERN in der Region …
 * vertreten", "Het CERN in de regio vertegenwoordigen". The organization opens the clause (after an
 * article), the word of representing ends it, and nothing passive stands between.
 */
function objectOpeningClause(text: WordedSpan, verb: LexiconMatch, names: Names): number | undefined {
  const sentence = sentenceAt(text, verb.index);
  if (!sentence || verb.index + verb.length !== sentence.to) return undefined;
  const first = articles.has((text.words[sentence.from] as Word).text) ? sentence.from + 1 : sentence.from;
  if (organizationAt(text, first, names) === undefined) return undefined;
  for (let at = first; at < verb.index; at++) if (passiveWords.has((text.words[at] as Word).text)) return undefined;
  return sentence.from;
}

function turkishObjectBefore(text: WordedSpan, verb: number, names: Names): number | undefined {
  if (text.language() !== 'tur') return undefined;
  for (let at = verb - 1; at > 0 && at >= verb - 10; at--) {
    const suffix = text.words[at] as Word;
    if (/['’]$/.test(text.span.text.slice((text.words[at - 1] as Word).end, suffix.start))) {
      // "CERN'i … temsil", or what belongs to it: "CERN'ün Türkiye'deki mezun ağını temsilen" (its network, as the object).
      const owns = turkishGenitiveSuffixes.has(suffix.text) && at >= verb - 5 && turkishPossessedObject.test((text.words[verb - 1] as Word).text);
      const first = turkishObjectSuffixes.has(suffix.text) || owns ? organizationEndingAt(text, at - 1, names) : undefined;
      if (first !== undefined) return first;
    }
    if (suffix.startsSentence) break;
  }
  return undefined;
}

/** Whether the organization (not the network) is named at `index`; its last word. */
function organizationAt(text: WordedSpan, index: number, names: Names): number | undefined {
  if (startsWith(text, index, names.network)) return undefined;
  if (startsWith(text, index, names.name)) return index + names.name.length - 1;
  const word = text.words[index];
  if (word && names.others.has(word.text)) return index;
  return undefined;
}

function organizationEndingAt(text: WordedSpan, end: number, names: Names): number | undefined {
  const start = end - names.name.length + 1;
  if (start >= 0 && startsWith(text, start, names.name)) return start;
  const word = text.words[end];
  if (word && names.others.has(word.text)) return end;
  return undefined;
}

const startsWith = (text: WordedSpan, index: number, name: readonly string[]) => name.every((word, offset) => text.words[index + offset]?.text === word);

const isOfficial = (text: WordedSpan, index: number) => {
  const word = text.words[index];
  return word !== undefined && officialWords.has(word.text);
};

/** The claim starts at "officially" when it stands just before ("officially represents", "officially recognised"). */
const officiallyBefore = (text: WordedSpan, index: number) => (index > 0 && isOfficial(text, index - 1) && !(text.words[index] as Word).startsSentence ? index - 1 : index);

/** Whether only the organization's or network's name stands between "official" and the noun: in "la plateforme officielle du réseau" the network is not what is official. */
function onlyNamesBetween(text: WordedSpan, a: LexiconMatch, b: LexiconMatch, names: Names): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  const known = new Set([...names.name, ...names.network]);
  for (let index = first.index + first.length; index < second.index; index++) if (!known.has((text.words[index] as Word).text)) return false;
  return true;
}
