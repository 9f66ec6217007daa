import type { Organization } from '../../config/organization.ts';
import { isDecidedAgainst, isDeniedAfter, isDeniedAsTopic, isDenyingWord, isNegatedAt, isQuestion, isQuotedSentence, isReportedQuestion } from '../text/assertion.ts';
import { RangeSet } from '../text/matching.ts';
import { fold, foldedWords, Lexicon, sentenceAt, sentencesOf, wordedText, type Sentence, type Word, type WordedSpan } from '../text/words.ts';
import { linkTargets } from '../text/spans.ts';
import { defineRule } from './define.ts';

const imageFile = /\.(?:png|jpe?g|gif|svg|webp|avif|bmp|ico|tiff?)$/i;

/**
 * "Logo" and the other words for it in the network's languages (emblem, wordmark, the German "Signet",
 * the Brazilian "logomarca"), with the endings Turkish and Polish add to it ("CERN logosu", "z logiem CERN").
 */
const logoWords = new Set([
  'logo', 'logos', 'logotype', 'logotypes', 'emblem', 'emblems', 'wordmark', 'insignia', 'roundel', 'roundels', 'logotipo', 'logotipos', 'isotipo', 'imagotipo', 'isologo', 'embleme', 'insigne', 'emblema', 'logomarca', 'logomarcas',
  'ecusson', 'ecussons', 'marchio', 'stemma', 'escudo', 'anagrama', 'anagramas', 'signet', 'sygnet', 'sygnetu', 'sygnetem', 'wortmarke', 'bildmarke', 'markenzeichen', 'embleem', 'beeldmerk', 'woordmerk', 'logotyp', 'logotypu', 'logotypem', 'logiem', 'godlo', 'marca', 'marque', 'emblemat', 'emblematu', 'emblematem', 'emblematy',
  'λογοτυπο', 'λογοτυπου', 'λογοτυπα', 'εμβλημα', 'σημα', 'σηματακι', 'logosu', 'logosunu', 'logosuyla', 'logolu', 'logoyu', 'amblem', 'amblemi',
]);
/**
 * "Symbol" names the logo only on something printed or designed ("la locandina: il simbolo del CERN in
 * alto a destra"); elsewhere it names what stands for the organization ("the Globe, a symbol of CERN").
 */
const symbolWords = new Set(['symbol', 'symbole', 'simbolo', 'symbool', 'συμβολο', 'sembol', 'sembolu', 'sembolunu']);
/** A badge or a crest (the French "sigle") is the logo when it is the organization's own, on something printed ("the Laboratory's round blue badge" on a banner). */
const badgeWords = new Set(['badge', 'crest', 'circle', 'cercle', 'rond', 'sigle', 'cerchio', 'tondo', 'bolinha', 'bolita', 'pallino', 'circulo', 'kreis', 'cirkel', 'kolo', 'kolko', 'znaczek', 'znak', 'znakiem', 'znaku', 'rondje', 'cirkeltje', 'bolletje', 'selo', 'sello', 'sceau', 'siegel', 'sigillo', 'zegel', 'pieczec', 'pieczecia', 'κυκλος', 'κυκλο', 'κυκλου', 'κυκλακι', 'daire', 'yuvarlagi', 'yuvarlagini', 'yuvarlaginin', 'redondel', 'redondelito', 'circulito', 'circulinho', 'rund', 'bola']);
/** Badge words that also name a pass or a pin worn by people ("a blue CERN badge" lets its holder in). */
const passWords = new Set(['badge', 'znaczek', 'znak', 'znakiem', 'znaku']);
const printedWords = new Set([
  'poster', 'posters', 'banner', 'banners', 'header', 'flyer', 'flyers', 'shirt', 'shirts', 'mug', 'mugs', 'sticker', 'stickers', 'badge', 'badges', 'slide', 'slides', 'printed', 'print',
  'affiche', 'affiches', 'banderole', 'bandeau', 'banniere', 'tract', 'tracts', 'imprime', 'imprimee', 'plakat', 'plakate', 'aufkleber', 'tasse', 'tassen', 'gedruckt', 'druck',
  'locandina', 'locandine', 'manifesto', 'striscione', 'volantino', 'volantini', 'maglietta', 'magliette', 'tazza', 'tazze', 'stampata', 'stampato', 'stampate',
  'cartel', 'carteles', 'pancarta', 'folleto', 'camiseta', 'camisetas', 'taza', 'tazas', 'impreso', 'impresa', 'cartaz', 'cartazes', 'faixa', 'camisola', 'camisolas', 'impresso',
  'ramka', 'ramki', 'ramce', 'wystawa', 'wystawie', 'naklejka', 'naklejki', 'naklejkach', 'roll', 'rollup', 'baner', 'banerze', 'plakat', 'plakacie', 'plakaty', 'ulotka', 'ulotki',
  'spandoek', 'folder', 'mok', 'mokken', 'gedrukt',
  // Bags: "os sacos de pano … aquela bola azul com CERN lá dentro".
  'bag', 'bags', 'sacs', 'sacos', 'bolsas', 'borse', 'stofftasche', 'stofftaschen', 'jutebeutel', 'tassen', 'torby', 'torba', 'τσαντες', 'τσαντα', 'cantalar',
  // The top of a page or a flyer: "No cabeçalho: o símbolo azul do CERN".
  // A profile picture or a cover, designed for the group's accounts: "In copertina … il tondo blu del CERN".
  'profilbild', 'avatar', 'profile', 'profil', 'profielfoto', 'profilowe', 'profilowym', 'titelbild', 'copertina', 'cover', 'portada', 'perfil',
  'cabecalho', 'cabecera', 'encabezado', 'kopfzeile', 'briefkopf', 'intestazione', 'koptekst', 'naglowek', 'κεφαλιδα', 'panfleto', 'panfletos',
  // Printing as an act ("Marco ha fatto stampare delle palline … con sopra il simbolo del CERN"), and what is printed for an occasion.
  'prints', 'printing', 'imprimer', 'imprimes', 'imprimees', 'drucken', 'bedrucken', 'bedruckt', 'bedruckte', 'bedruckten', 'aufdruck', 'stampare', 'stampati', 'stampa',
  'imprimir', 'impresos', 'impresas', 'estampado', 'estampada', 'impressos', 'impressas', 'estampa', 'drukken', 'bedrukt', 'bedrukte', 'opdruk', 'wydrukowac', 'drukowane', 'τυπωμενο', 'τυπωμενα', 'τυπωσαμε', 'τυπωσε', 'τυπωσαν', 'τυπωνουμε', 'εκτυπωση', 'bastirdik', 'bastirdi', 'bastirdigimiz', 'bastirilan', 'bastirilmis', 'baskili', 'rozet', 'rozetler',
  'nametags', 'namensschilder', 'cartellini', 'etiquetas', 'crachas', 'naambordjes', 'naamkaartjes', 'identyfikatory', 'καρτελακια', 'καρτελακι',
  'polo', 'polos', 'podkladka', 'podkladki', 'podkladke', 'coasters', 'onderzetters', 'untersetzer', 'sottobicchieri', 'posavasos', 'bases para copos', 'dessous de verre',
  'baubles', 'ornaments', 'palline', 'weihnachtskugeln', 'christbaumkugeln', 'kerstballen', 'tote', 'totes', 'hoodie', 'hoodies', 'caps', 'beanies', 'bonnets', 'mutzen', 'berretti', 'gorros', 'mutsen', 'czapki', 'σκουφακια', 'bereler',
  // Handouts: "Bovenaan elk blad prijkt het blauwe CERN-rondje", certificates, leaflets.
  'worksheet', 'worksheets', 'handout', 'handouts', 'leaflet', 'leaflets', 'brochure', 'brochures', 'certificate', 'certificates', 'fiche', 'fiches', 'diplome', 'diplomes', 'arbeitsblatt', 'arbeitsblatter', 'broschure', 'urkunde', 'urkunden',
  'scheda', 'schede', 'dispensa', 'dispense', 'attestato', 'attestati', 'ficha', 'fichas', 'diploma', 'diplomas', 'certificado', 'certificados', 'blad', 'bladen', 'werkblad', 'werkbladen', 'oorkonde', 'certificaat', 'dyplom', 'dyplomy',
  'φυλλαδιο', 'φυλλαδια', 'βεβαιωση', 'βεβαιωσεις', 'brosur', 'brosurler', 'sertifika', 'sertifikalar',
  // Embroidery, as printing by needle: "j'ai fait broder le rond bleu du CERN sur des bonnets".
  'embroidered', 'embroider', 'broder', 'brode', 'brodes', 'brodee', 'brodees', 'besticken', 'bestickt', 'bestickte', 'gestickt', 'ricamare', 'ricamato', 'ricamata', 'ricamati', 'ricamate',
  'bordar', 'bordado', 'bordada', 'bordados', 'bordadas', 'borduren', 'geborduurd', 'geborduurde', 'haftowane', 'wyhaftowane', 'wyhaftowany', 'κεντημενο', 'κεντημενα', 'κεντησαμε', 'nakisli', 'islemeli', 'koszulka', 'koszulki', 'kubek', 'kubki', 'kubku', 'nadruk', 'nadrukiem', 'wydrukowane', 'wydrukowany', 'αφισα', 'αφισες', 'αφισας', 'διαφανεια', 'διαφανειες', 'πανο', 'μπλουζα', 'μπλουζες', 'afis', 'pankart', 'tisort', 'tisortler', 'basili',
]);
/** Whether the sentence, or the one before it, speaks of something printed or designed ("a mug with a print. On one side …, on the other the blue circle"). */
function printedIn(text: WordedSpan, sentence: Sentence, except: number): boolean {
  const sentences = sentencesOf(text);
  const from = (sentences[sentences.indexOf(sentence) - 1] ?? sentence).from;
  for (let index = from; index < sentence.to; index++) if (index !== except && printedWords.has((text.words[index] as Word).text)) return true;
  return false;
}

/** Words that stand between "logo" and the name it belongs to: "logo of the CERN", "logo oficial del CERN", "λογότυπο του CERN". */
const linkingWords = new Set([
  'of', 'the', 'official', 'du', 'de', 'des', 'la', 'le', 'l', 'officiel', 'von', 'vom', 'der', 'dem', 'offizielle', 'offizielles', 'del', 'della', 'dello', 'dell', 'di', 'ufficiale',
  'oficial', 'do', 'da', 'van', 'het', 'officiele', 'oficjalne', 'oficjalny', 'του', 'της', 'το', 'επισημο',
]);
/** The genitive endings written after an apostrophe: "CERN's logo", "CERN'in logosu". */
const genitiveEndings = new Set(['s', 'in', 'nin', 'un', 'nun']);
/**
 * A page that says the logo is protected, reserved or not theirs to use, or points to the rules for
 * it, is explaining the rule, and its mentions of the logo are not uses of it.
 */
const protectedWords = new Lexicon([
  'protected', 'trademark', 'trade mark', 'reserved', 'belongs to', 'not allowed', 'aren t allowed', 'isn t allowed', 'not permitted', 'aren t permitted', 'copyright', 'guidelines', 'policy', 'rules',
  'protege', 'protegee', 'marque deposee', 'droits reserves', 'usage reserve', 'appartient', 'charte', 'regles',
  'geschutzt', 'markenrechtlich', 'eingetragene marke', 'vorbehalten', 'gehort', 'richtlinien', 'regeln',
  'protetto', 'protetta', 'tutelato', 'tutelata', 'marchio registrato', 'riservato', 'appartiene', 'linee guida', 'regole',
  'protegido', 'protegida', 'tutelado', 'tutelada', 'marca registrada', 'marca protegida', 'reservado', 'pertenece', 'pertence', 'directrices', 'normas', 'diretrizes', 'regras',
  'beschermd', 'handelsmerk', 'voorbehouden', 'behoort', 'richtlijnen', 'regels',
  'chronione', 'chroniony', 'zastrzezone', 'znak towarowy', 'nalezy do', 'wytyczne', 'zasady',
  'προστατευεται', 'προστατευομενο', 'κατοχυρωμενο',
  'korunmaktadir', 'korunuyor', 'tescilli', 'aittir',
]);

interface Token {
  text: string;
  start: number;
  end: number;
  /** Set on a page's words: a capital at a sentence's start names nothing ("Önüne Laboratuvar'ın …"). */
  startsSentence?: boolean;
}

/** Articles and linking words a heading may add to the logo's name: "The CERN logo", "Le logo du CERN". */
const headingArticles = new Set(['the', 'our', 'on', 'about', 'le', 'la', 'l', 'du', 'de', 'des', 'sur', 'das', 'der', 'zum', 'il', 'lo', 'del', 'sul', 'el', 'sobre', 'o', 'do', 'het', 'van', 'over', 'logo']);

/** "With the name", in the network's languages: what a badge holds ("com o nome CERN", "with the name CERN"). */
const withTheNameWords = [
  'with the name', 'with the word', 'with the inscription', 'avec le nom', 'avec l inscription', 'mit dem namen', 'mit der aufschrift', 'mit dem schriftzug', 'con il nome', 'con la scritta', 'con el nombre', 'con la inscripcion',
  'com o nome', 'com a inscricao', 'met de naam', 'met het opschrift', 'z napisem', 'z nazwa', 'με την επιγραφη', 'με το ονομα',
  // Its letters: "el redondel azul con las letras CERN dentro".
  'with the letters', 'avec les lettres', 'mit den buchstaben', 'con le lettere', 'con las letras', 'com as letras', 'met de letters', 'z literami', 'με τα γραμματα',
].map((phrase) => phrase.split(' '));
/** How many words the first of the phrases found at the token takes, or 0. */
const phraseLengthAt = (phrases: readonly string[][], tokens: readonly Token[], at: number) => phrases.find((phrase) => phrase.every((word, offset) => tokens[at + offset]?.text === word))?.length ?? 0;
/** How many words "with the name" takes at the token, or 0. */
const withTheName = (tokens: readonly Token[], at: number) => phraseLengthAt(withTheNameWords, tokens, at) || withTheLetters(tokens, at);
/** "Mit den vier weissen Buchstaben", "with four white letters": "with", then the letters, a few words describing them between. */
function withTheLetters(tokens: readonly Token[], at: number): number {
  if (!bareWithWords.has(tokens[at]?.text ?? '')) return 0;
  for (let letters = at + 2; letters <= at + 4; letters++) if (letterWords.has(tokens[letters]?.text ?? '')) return letters - at + 1;
  return 0;
}

/** "With", and where a name stands in a badge: "het blauwe rondje met CERN erin", "a blue circle with CERN inside". */
const bareWithWords = new Set(['with', 'avec', 'mit', 'con', 'com', 'met', 'z', 'ze', 'με']);
const holdingWords = [
  'erin', 'inside', 'in it', 'dedans', 'au milieu', 'la dentro', 'drin', 'darin', 'in der mitte', 'dentro', 'al centro', 'no meio', 'en el centro', 'w srodku', 'μεσα', 'στη μεση', 'icinde', 'ortasinda',
].map((phrase) => phrase.split(' '));

/** Where the text speaks of the organization's logo: the tokens from the first word of the mention to its last. */
function logoMentions(tokens: readonly Token[], original: string, names: readonly string[][], { symbols = false, others }: { symbols?: boolean; others?: Lexicon } = {}): LogoMention[] {
  const found: LogoMention[] = [];
  tokens.forEach((token, index) => {
    const isBadge = symbols && badgeWords.has(token.text);
    if (!logoWords.has(token.text) && !(symbols && symbolWords.has(token.text)) && !isBadge) return;
    // The name before the logo: "CERN logo", "CERN-Logo", "CERN's logo", "CERN'in logosu", and with a word
    // or two that describe it after a genitive ("CERN's famous logo", "the Laboratory's round blue badge").
    // Up to four when they describe how it looks ("CERN'in o tanıdık mavi yuvarlak amblemi").
    for (let gap = 0; gap <= 4; gap++) {
      if (gap > 0 && !isDescribingWord(tokens[index - gap], original) && !demonstratives.has(tokens[index - gap]?.text ?? '')) break;
      if (gap > 2 && !tokens.slice(index - gap, index).some((token) => lookWords.has(token.text))) continue;
      const end = index - 1 - gap;
      const genitive = genitiveEndings.has(tokens[end]?.text ?? '') && /['’]/.test(original.slice(tokens[end - 1]?.end ?? 0, tokens[end]?.start ?? 0));
      // A badge is the organization's logo only as its own ("the Laboratory's badge"); a "CERN badge" is a pass,
      // unless a word of how it looks comes before the name ("het blauwe CERN-rondje").
      const lookedAt = isBadge && gap === 0 && !passWords.has(token.text) ? names.find((name) => nameEndsAt(tokens, end, name, original) && lookWords.has(tokens[end - name.length]?.text ?? '')) : undefined;
      if (lookedAt) {
        found.push({ from: end - lookedAt.length, to: index, word: index });
        return;
      }
      if ((gap > 0 || isBadge) && !genitive) continue;
      const before = genitive ? end - 1 : end;
      const endingAtBefore = names.find((name) => nameEndsAt(tokens, before, name, original));
      if (endingAtBefore) {
        found.push({ from: before - endingAtBefore.length + 1, to: index, word: index });
        return;
      }
      // "the Lyon Laboratory's badge" is another laboratory's: a capitalised word before the other name, unless it only starts the sentence.
      if (others && isOtherName(tokens, before, original, others) && !(isCapitalised(original, tokens[before - 1]) && !tokens[before - 1]?.startsSentence)) {
        found.push({ from: before, to: index, word: index });
        return;
      }
    }
    // The name after it: "logo of the CERN", "logo del CERN", "logo CERN", unless the name runs on into a longer one ("Logo of the CERN Alumni Lyon Group": the group's own);
    // a word may describe it first ("il cerchio blu del CERN", "le logo bleu du CERN"), and a badge needs its "of".
    // "As letras CERN dentro do círculo azul": the name's letters inside a badge.
    const lettersInside = isBadge ? lettersInsideBefore(tokens, index, names, original) : undefined;
    if (lettersInside !== undefined) {
      found.push({ from: lettersInside, to: index, word: index });
      return;
    }
    // "het blauwe rondje met CERN erin", "aquela bola azul com CERN lá dentro": a badge (a word may describe it) with the name, and a word that says the name is inside it.
    const withAt = bareWithWords.has(tokens[index + 1]?.text ?? '') ? index + 1 : isDescribingWord(tokens[index + 1], original) && bareWithWords.has(tokens[index + 2]?.text ?? '') ? index + 2 : -1;
    if (isBadge && withAt > 0) {
      const held = names.find((name) => name.every((word, offset) => isNameWord(tokens[withAt + 1 + offset], word, original, offset === name.length - 1)));
      const inside = held ? phraseLengthAt(holdingWords, tokens, withAt + 1 + held.length) : 0;
      if (held && inside > 0) {
        found.push({ from: index, to: withAt + held.length + inside, word: index });
        return;
      }
    }
    let at = index + 1;
    // "a bolinha azul com o nome CERN lá dentro": a badge described by the name it holds.
    if (isBadge && isDescribingWord(tokens[at], original) && withTheName(tokens, at + 1) > 0) at++;
    const withName = isBadge ? withTheName(tokens, at) : 0;
    if (withName > 0) at += withName;
    else if (isDescribingWord(tokens[at], original) && linkingWords.has(tokens[at + 1]?.text ?? '')) at++;
    // Polish says "of" with the name's ending: "kółko CERN-u".
    const polishGenitive = /^-(?:u|a)(?![\p{L}])/u.test(original.slice(tokens[at]?.end ?? 0));
    // Or with the organization's other name just after, in the genitive: "znakiem Laboratorium".
    const otherNameNext = others !== undefined && isOtherName(tokens, at, original, others);
    if (isBadge && !linkingWords.has(tokens[at]?.text ?? '') && at === index + 1 && !polishGenitive && !otherNameNext) return;
    const linksFrom = Math.max(at, index + 1);
    while (at < linksFrom + 3 && linkingWords.has(tokens[at]?.text ?? '')) at++;
    const startingAt = names.find((name) => name.every((word, offset) => isNameWord(tokens[at + offset], word, original, offset === name.length - 1)));
    const otherName = !startingAt && others !== undefined && isOtherName(tokens, at, original, others);
    if (!startingAt && !otherName) return;
    const last = at + (startingAt?.length ?? 1) - 1;
    const next = tokens[last + 1];
    if (next && /^\p{Lu}/u.test(original.slice(next.start, next.end)) && !/[.!?;:\n]/.test(original.slice(tokens[last]?.end ?? 0, next.start))) return;
    found.push({ from: index, to: last, word: index });
  });
  return found;
}

/** "Letters", in the network's languages: "the letters CERN" in a badge are the logo. */
const letterWords = new Set(['letters', 'lettres', 'buchstaben', 'lettere', 'letras', 'litery', 'literami', 'γραμματα', 'harfler', 'harfleri']);
/** "Inside", "in": where the letters stand in the badge. */
const insideWords = new Set(['in', 'inside', 'within', 'dans', 'im', 'innerhalb', 'dentro', 'nel', 'nella', 'en', 'no', 'na', 'em', 'binnen', 'w', 'wewnatrz', 'μεσα', 'σε', 'στο', 'στον', 'icinde', 'icindeki']);

/**
 * Where "the letters CERN inside the badge" starts, when the badge at `index` is described that way: the
 * word for letters and the name, in either order, then "inside" (and an article) right before the badge
 * or a word describing it.
 */
function lettersInsideBefore(tokens: readonly Token[], index: number, names: readonly string[][], original: string): number | undefined {
  let at = index - 1;
  if (isDescribingWord(tokens[at], original) && !insideWords.has(tokens[at]?.text ?? '')) at--;
  let inside = false;
  for (let step = 0; step < 3 && at >= 0; step++, at--) {
    const word = tokens[at]?.text ?? '';
    if (insideWords.has(word)) inside = true;
    else if (!linkingWords.has(word) && !indefiniteArticles.has(word)) break;
  }
  if (!inside) return undefined;
  // "The CERN letters in a blue circle": the name before the word for letters.
  const lettersAfter = letterWords.has(tokens[at]?.text ?? '');
  const nameEnd = lettersAfter ? at - 1 : at;
  const name = names.find((candidate) => nameEndsAt(tokens, nameEnd, candidate, original));
  if (!name) return undefined;
  const from = nameEnd - name.length + 1;
  if (lettersAfter) return from;
  // "Les lettres du CERN": an "of" may stand between them.
  const letters = linkingWords.has(tokens[from - 1]?.text ?? '') ? from - 2 : from - 1;
  return letterWords.has(tokens[letters]?.text ?? '') ? letters : undefined;
}
const indefiniteArticles = new Set(['a', 'an', 'un', 'une', 'ein', 'einem', 'einen', 'einer', 'uno', 'una', 'um', 'uma', 'een', 'ενα', 'εναν', 'bir']);

/** Words that tell how the logo looks, by colour, shape or fame: with them a longer description stands between the name and the logo. */
const lookWords = new Set([
  'blue', 'bleu', 'bleue', 'blau', 'blaue', 'blauen', 'blaues', 'blu', 'azul', 'azzurro', 'blauw', 'blauwe', 'niebieski', 'niebieskie', 'μπλε', 'mavi', 'lacivert',
  'round', 'rond', 'ronde', 'rund', 'runde', 'runden', 'rundes', 'rotondo', 'tondo', 'redondo', 'redonda', 'okragly', 'okragle', 'στρογγυλο', 'yuvarlak', 'oval', 'ovale',
  'famous', 'familiar', 'known', 'celebre', 'fameux', 'bekannte', 'bekannten', 'famoso', 'conocido', 'conhecido', 'bekende', 'znany', 'znane', 'γνωστο', 'tanidik', 'unlu', 'meshur',
]);
/** "That", "this", before a description: "CERN'in o tanıdık … amblemi". */
const demonstratives = new Set(['that', 'this', 'o', 'bu', 'su', 'ce', 'cet', 'cette', 'jenes', 'dieses', 'quel', 'quello', 'ese', 'aquel', 'esse', 'aquele', 'dat', 'dit', 'ten', 'to', 'αυτο', 'εκεινο']);

interface LogoMention {
  from: number;
  to: number;
  /** The word for the logo itself. */
  word: number;
}

/** A word that describes the logo between its owner and it ("famous", "round", "blue"): in lower case, no word of a name or a negation. */
const isDescribingWord = (token: Token | undefined, original: string) =>
  token !== undefined && token.text.length >= 3 && /^\p{Ll}+$/u.test(original.slice(token.start, token.end)) && !linkingWords.has(token.text) && !isDenyingWord(token.text) && !logoWords.has(token.text);

/**
 * Whether the token is one of the organization's other names, written as a name ("the Laboratory's
 * badge", "lo stemma del Laboratorio"): with a capital, as "a lab's logo" is any lab's.
 */
const isOtherName = (tokens: readonly Token[], at: number, original: string, others: Lexicon) => {
  const token = tokens[at];
  return token !== undefined && others.has(token.text) && isCapitalised(original, token);
};
const isCapitalised = (original: string, token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(original.slice(token.start, token.end));

const nameEndsAt = (tokens: readonly Token[], end: number, name: readonly string[], original: string) =>
  end - name.length + 1 >= 0 && name.every((word, offset) => isNameWord(tokens[end - name.length + 1 + offset], word, original, offset === name.length - 1));

/**
 * Whether the token is the word of the name; its last word may also carry a case ending written onto an
 * acronym, as Polish and other languages inflect it ("z logiem CERNu", "CERNem"): capitals, then a few
 * small letters.
 */
function isNameWord(token: Token | undefined, word: string, original: string, last: boolean): boolean {
  if (!token || !token.text.startsWith(word)) return false;
  if (token.text.length === word.length) return true;
  const written = original.slice(token.start, token.end);
  return last && word.length >= 2 && new RegExp(`^\\p{Lu}{${word.length}}\\p{Ll}{1,3}$`, 'u').test(written);
}

function tokensOf(text: string): Token[] {
  return [...fold(text).matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ text: match[0], start: match.index, end: match.index + match[0].length }));
}

const otherNames = new WeakMap<Organization, Lexicon>();
const othersOf = (organization: Organization) => otherNames.get(organization) ?? otherNames.set(organization, new Lexicon(organization.otherNames)).get(organization) as Lexicon;

function namesOf(organization: Organization): string[][] {
  return [organization.networkName, organization.name]
    .map(foldedWords)
    .sort((a, b) => b.length - a.length);
}

export default defineRule({
  id: 'organization-logo',
  severity: 'error',
  summary: 'the organization’s logo is not used',
  guideline: 'social-media-conduct#the-logo',
  rationale:
    'The organization’s logo is legally protected and marks official communication. On a group page, a poster, a slide or a t-shirt it would suggest the organization speaks there; groups use their own photos and artwork.',
  translations: {
    fr: {
      summary: 'le logo de l’organisation n’est pas utilisé',
      rationale:
        'Le logo de l’organisation est protégé juridiquement et signale une communication officielle. Sur la page d’un groupe, une affiche, une diapositive ou un t-shirt, il laisserait entendre que l’organisation s’y exprime ; les groupes utilisent leurs propres photos et illustrations.',
    },
  },
  examples: {
    valid: [
      { title: 'A photo of the group', translations: { fr: { title: 'Une photo du groupe' } }, body: '![Members in front of the Globe of Science and Innovation](/images/groups/lyon/globe-2025.jpg)\n' },
      { title: 'The group’s own artwork', translations: { fr: { title: 'L’illustration propre au groupe' } }, body: '![Logo of the {network} Lyon Group: a lion drawn in the style of a particle track](/images/groups/lyon/lion.svg)\n' },
      { title: 'A file name with the organization’s name but no logo', translations: { fr: { title: 'Un nom de fichier qui contient le nom de l’organisation, mais pas de logo' } }, body: '![Alumni at the {organization} open days](/images/groups/lyon/{organization-in-file}-open-days.jpg)\n' },
      { title: 'Saying that the group does not use the logo', translations: { fr: { title: 'Indiquer que le groupe n’utilise pas le logo' } }, body: 'Our flyers carry our own drawing: we do not use the {organization} logo.\n' },
      { title: 'Explaining the rule to members who asked', translations: { fr: { title: 'Expliquer la règle aux membres qui ont posé la question' } }, body: 'Some of you asked for the {organization} logo on our t-shirts. It is protected, and only {organization} may use it.\n' },
    ],
    invalid: [
      { title: 'The logo by its alt text', translations: { fr: { title: 'Le logo, d’après son texte de remplacement' } }, body: '![{organization} logo](/images/groups/lyon/header.png)\n', reports: [{ at: '![{organization} logo](/images/groups/lyon/header.png)', message: 'Remove this image: it is the {organization} logo (by its description), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The logo by its file name', translations: { fr: { title: 'Le logo, d’après son nom de fichier' } }, body: '![Our banner](/images/groups/lyon/img/logo-{organization-in-file}.png)\n', reports: [{ at: '![Our banner](/images/groups/lyon/img/logo-{organization-in-file}.png)', message: 'Remove this image: it is the {organization} logo (by its file name, logo-{organization-in-file}.png), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The logo by its file name, the other way round', translations: { fr: { title: 'Le logo, d’après son nom de fichier, dans l’autre ordre' } }, body: '![Header](/images/groups/lyon/{organization-in-file}_logo.svg)\n', reports: [{ at: '![Header](/images/groups/lyon/{organization-in-file}_logo.svg)', message: 'Remove this image: it is the {organization} logo (by its file name, {organization-in-file}_logo.svg), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'A link to the logo file', translations: { fr: { title: 'Un lien vers le fichier du logo' } }, body: 'Download [the banner](https://lyon-alumni.example.org/{organization-in-file}-Logo.jpg) for your slides.\n', reports: [{ at: '[the banner](https://lyon-alumni.example.org/{organization-in-file}-Logo.jpg)', message: 'Remove this link to an image: it is the {organization} logo (by its file name, {organization-in-file}-Logo.jpg), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The alumni network’s logo', translations: { fr: { title: 'Le logo du réseau des alumni' } }, body: '![{network} logo](/images/groups/lyon/a.png)\n', reports: [{ at: '![{network} logo](/images/groups/lyon/a.png)', message: 'Remove this image: it is the {organization} logo (by its description), whose use is legally protected. Use your own photos or artwork instead.' }] },
      { title: 'The logo on the group’s merchandise', translations: { fr: { title: 'Le logo sur les produits dérivés du groupe' } }, body: 'Our new mugs have the {organization} logo on one side and the Fourvière basilica on the other.\n', reports: [{ at: '{organization} logo', message: 'Remove "{organization} logo": the {organization} logo is legally protected, and groups may not use it, on this page or on their posters, slides or merchandise. Use your own photos or artwork instead.' }] },
      { title: 'The logo on slides, in Spanish', translations: { fr: { title: 'Le logo sur des diapositives, en espagnol' } }, body: 'En las diapositivas ponemos el logo del {organization} en la portada.\n', reports: [{ at: 'logo del {organization}', message: 'Remove "logo del {organization}": the {organization} logo is legally protected, and groups may not use it, on this page or on their posters, slides or merchandise. Use your own photos or artwork instead.' }] },
    ],
  },
  check(group, { organization, report }) {
    const names = namesOf(organization);
    const reported = new RangeSet();
    for (const link of linkTargets(group)) {
      if (link.kind === 'channel') continue;
      const fileName = fileNameOf(link.url);
      const isImage = link.kind === 'image' || imageFile.test(fileName);
      if (!isImage) continue;
      const label = link.kind === 'image' ? (link.label ?? '') : '';
      const altTokens = tokensOf(label);
      // "The group's banner, without the CERN logo": a description that denies it.
      const byAlt = logoMentions(altTokens, label, names).some((mention) => !altTokens.slice(Math.max(0, mention.from - 3), mention.from).some((token) => isDenyingWord(token.text)));
      const stem = fileName.replace(imageFile, '');
      const inLogoFolder = /\/logos?\//i.test(link.url);
      const byFile = logoMentions(tokensOf(inLogoFolder ? `logo ${stem}` : stem), stem.toLowerCase(), names).length > 0 || compactMention(stem, names);
      if (byAlt || byFile) {
        reported.add(link.range);
        const what = link.kind === 'image' ? 'this image' : 'this link to an image';
        report(link.range, `Remove ${what}: it is the ${organization.name} logo${byAlt ? ' (by its description)' : ` (by its file name, ${fileName})`}, whose use is legally protected. Use your own photos or artwork instead.`);
      }
    }
    for (const text of wordedText(group)) {
      if (text.span.field?.[0] === 'disclaimer' || !text.words.some((word) => logoWords.has(word.text) || symbolWords.has(word.text) || badgeWords.has(word.text))) continue;
      if (explainsTheRule(text)) continue;
      for (const mention of logoMentions(text.words, text.span.text, names, { symbols: true, others: othersOf(organization) })) {
        // A heading that is only the logo's name ("### The CERN logo") names the topic of the rules under it.
        if (text.span.heading && text.words.every((word, index) => (index >= mention.from && index <= mention.to) || headingArticles.has(word.text))) continue;
        const sentence = sentenceAt(text, mention.from);
        const word = text.words[mention.word]?.text ?? '';
        if (sentence && (symbolWords.has(word) || badgeWords.has(word)) && !printedIn(text, sentence, mention.word)) continue;
        // "Someone asked if we'd put the CERN logo on the flyer: no" asks, as a question does.
        if (sentence && (isDenied(text, mention, sentence) || isQuestion(text, sentence) || isReportedQuestion(text, sentence, mention.from) || isDecidedAgainst(text, sentence) || isQuotedSentence(text, sentence))) continue;
        const start = (text.words[mention.from] as Token).start;
        const end = (text.words[mention.to] as Token).end;
        const range = text.span.rangeOf(start, end);
        if (!reported.add(range)) continue;
        report(range, `Remove "${text.span.text.slice(start, end)}": the ${organization.name} logo is legally protected, and groups may not use it, on this page or on their posters, slides or merchandise. Use your own photos or artwork instead.`);
      }
    }
  },
});

/** "We do not use the CERN logo", "kein CERN-Logo", "het CERN-logo niet": a negation just before the mention, or just after it where German and Dutch put it, or after it in its clause when it opens the sentence ("Το λογότυπο του CERN δεν το βάζουμε"). */
const isDenied = (text: WordedSpan, mention: { from: number; to: number }, sentence: Sentence) =>
  isNegatedAt(text, mention.from) || isDeniedAfter(text, mention.to, sentence) || isDeniedAsTopic(text, sentence, mention.from, mention.to);

/** Whether the paragraph says the logo is protected or not the group's to use. */
const explainsTheRule = (text: WordedSpan) => protectedWords.mayMatch(text) && protectedWords.find(text).length > 0;

/** "cernlogo.png", "logocern.svg": the name and "logo" written as one word in a file name. */
function compactMention(stem: string, names: readonly string[][]): boolean {
  return tokensOf(stem).some((token) => names.some((name) => token.text.startsWith(`${name.join('')}logo`) || token.text.startsWith(`logo${name.join('')}`)));
}

function fileNameOf(url: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
