/**
 * What a sentence asserts, as the rules weigh a match against it: a question, and the answer that denies
 * it; a negation before or after the match, in the languages of the network; words in quotation marks;
 * a proposal decided against, something closed or removed, a request turned down, something set aside
 * ("instead of").
 */
import type { TextSpan } from './spans.ts';
import { isCapitalised, Lexicon, sentenceAt, sentencesOf, within, type LexiconMatch, type Page, type Sentence, type Word, type WordedSpan } from './words.ts';

/** Whether the sentence ends with a question mark (in Greek, ";" or "\u037e"). */
export function isQuestion(text: WordedSpan, sentence: Sentence): boolean {
  const last = text.words[sentence.to - 1];
  const next = text.words[sentence.to];
  // A question someone else asked, quoted at the end of a statement ("… (rain, „where are you?“).") does not make it one.
  if (!last || isQuoted(text, last.start, last.end)) return false;
  const after = text.span.text.slice(last.end, next ? next.start : last.end + 20);
  return (text.language() === 'ell' ? /^[^.!\n]*[?;\u037e]/ : /^[^.!;\n]*\?/).test(after);
}

/** "No" as the answer to a question, in the languages of the network: a word, or two ("qué va", "pas du tout"). */
const noAnswers = new Set([
  'que va', 'ni hablar', 'pas du tout', 'absolument pas', 'non plus', 'certainly not', 'of course not', 'not at all', 'auf keinen fall', 'auch nicht', 'ook niet',
  'per niente', 'nemmeno', 'neanche', 'tampoco', 'tambem nao', 'nem pensar', 'tez nie', 'wcale', 'καθολου', 'ουτε', 'asla',
  'no', 'nope', 'nah', 'none', 'non', 'aucun', 'aucune', 'nein', 'keine', 'kein', 'nee', 'neen', 'geen', 'nessuno', 'nessuna', 'ninguno', 'ninguna',
  'nao', 'nenhum', 'nenhuma', 'nie', 'zadne', 'brak', 'οχι', 'hayir', 'yok',
]);

/** "Thanks", in the network's languages, as it may open an answer ("Danke, nein"). */
const thanksWords = new Set(['thanks', 'merci', 'danke', 'grazie', 'gracias', 'obrigado', 'obrigada', 'bedankt', 'dzieki', 'dziekuje', 'ευχαριστω', 'ευχαριστουμε', 'tesekkurler', 'sagolun']);

/** Whether the sentence is a question answered "no" by the word right after it ("Are you the official group? No, …"): it asserts nothing. */
export function isAnsweredNo(text: WordedSpan, sentence: Sentence): boolean {
  // The answer follows in the same paragraph, or opens the next one when the question ends its own ("**Are you official?**", then a paragraph).
  const next = sentence.to < text.words.length ? text : text.page.texts[text.page.texts.indexOf(text) + 1];
  // "Spenden? Danke, nein.": a thanks may come before the no.
  const opening = next === text ? sentence.to : 0;
  const at = thanksWords.has(next?.words[opening]?.text ?? '') && !next?.words[opening + 1]?.startsSentence ? opening + 1 : opening;
  const [first, second] = [next?.words[at], next?.words[at + 1]];
  if (!first || !next || !isQuestion(text, sentence)) return false;
  if (noAnswers.has(first.text) || (second !== undefined && !second.startsSentence && noAnswers.has(`${first.text} ${second.text}`))) return true;
  // "Do you speak for CERN? We don't.": a short answer that denies in its first words.
  for (let word = at; word < Math.min(next.words.length, at + 3); word++) {
    if (word > at && (next.words[word] as Word).startsSentence) break;
    if (isNegation(next, word)) return true;
  }
  return false;
}

/** "Instead of", in the network's languages (Turkish puts "yerine" after what it sets aside). */
const insteadOf = new Lexicon(['instead of', 'rather than', 'au lieu de', 'au lieu d', 'plutot que', 'plutot qu', 'statt', 'anstatt', 'invece di', 'anziche', 'en lugar de', 'en vez de', 'em vez de', 'ao inves de', 'in plaats van', 'zamiast', 'αντι για', 'αντι να']);
const insteadReach = 4;

/** Whether what starts at `first` and ends at `last` is set aside ("the office's newsletter instead of making our own lists", "kendi listemiz yerine"). */
export function isSetAside(text: WordedSpan, sentence: Sentence, first: number, last: number): boolean {
  if (text.words[last + 1]?.text === 'yerine' && last + 1 < sentence.to) return true;
  if (!insteadOf.mayMatch(text)) return false;
  // "Instead of e-mails, join our WhatsApp group" sets the e-mails aside: what follows it up to a comma.
  return within(insteadOf.find(text), sentence).some(
    (match) => match.index < first && match.index + match.length - 1 >= first - insteadReach && !/[,;:.!?]/.test(text.span.text.slice(match.end, (text.words[first] as Word).start)),
  );
}

/** Words of asking, in the network's languages ("asked", "on nous demande", "gefragt", "chiesto", "sordu"). */
export const askingWords = new Lexicon(['ask*', 'wonder*', 'demand*', 'gefragt', 'frag*', 'chied*', 'chiest*', 'richiest*', 'domand*', 'pregunt*', 'pergunt*', 'vraag*', 'vragen', 'vroeg*', 'gevraagd', 'pyta*', 'zapyta*', 'spyta*', 'ρωτ*', 'sordu*', 'soruyor*', 'istendi', 'istenmisti', 'talep edildi', 'talep etti*']);
const whetherWords = new Lexicon(['whether', 'if', 'si', 's il', 'ob', 'se', 'of', 'czy']);

/**
 * Whether the word at `index` is part of a question someone asked, reported ("we are often asked whether
 * there is a WhatsApp group", "qualcuno ha chiesto se apriamo un gruppo Telegram"): an asking word, then
 * "whether" or "if", before it in its sentence. Like a question, it asserts nothing.
 */
export function isReportedQuestion(text: WordedSpan, sentence: Sentence, index: number): boolean {
  let whether = false;
  for (let at = index - 1; at >= Math.max(sentence.from, index - reportedQuestionReach); at--) {
    if (whether && askingWords.matchLengthAt(text, at) > 0) return true;
    whether ||= whetherWords.matchLengthAt(text, at) > 0;
  }
  return false;
}
/** How many words before a match a reported question may start: "we are often asked whether the group could keep a list". */
const reportedQuestionReach = 12;


/** Words that deny what follows them, in the languages of the network ("not an official group", "kein WhatsApp"). */
const negations = new Set(
  [
    'not never nor without none neither cannot nobody noone nothing',
    'pas jamais aucun aucune sans ni non rien',
    'nicht kein keine keinen keinem keiner keines nie niemals ohne weder nichts niemand kei keini keis koa koane ned nid',
    'non nessun nessuno nessuna senza niente nulla',
    'nunca ningun ninguna ninguno sin tampoco nada nadie',
    'nao nunca nenhum nenhuma sem nem nada ninguem',
    'niet geen nooit zonder niets niemand',
    'nie bez zaden zadna zadnego ani nic nikt',
    'δεν δε μην μη χωρις κανενα καμια κανεις οχι ουτε μητε',
    'degil degiliz degildir degiller degilim yok hic kimse olmaksizin olmadan',
    // Having stopped doing something denies doing it now: "we stopped keeping a list", "deixámos de ter lista".
    'stopped deixamos deixaram dejamos dejaron arrete arretons aufgehort smesso gestopt przestalismy przestali σταματησαμε σταματησε biraktik',
  ]
    .join(' ')
    .split(' '),
);

/** Whether a word denies what follows it in every language of the network ("without", "kein", "χωρίς"): for text too short to tell its language. */
export const isDenyingWord = (word: string) => negations.has(word);

/**
 * Words that deny in some languages only: "no" in English, Spanish and Italian, but "in the" in
 * Portuguese and "well" in Polish; "mai" (never) in Italian, but May in French and German.
 */
const deniesIn = new Map<string, ReadonlySet<string>>([
  // Greek and Turkish have no word "no": on their pages it is English ("No ads, no donations").
  ['no', new Set(['eng', 'spa', 'ita', 'fra', 'deu', 'nld', 'ell', 'tur', 'und'])],
  ['mai', new Set(['ita'])],
  // French denies with "ne" or "n'" before the verb ("personne ne parle au nom du…", "ce n'est pas…"); in Italian "ne" is "of it".
  ['ne', new Set(['fra'])],
  ['n', new Set(['fra'])],
]);

/** How many words before a match a negation still applies to it. */
const negationReach = 6;

/** Whether a word shortly before the match, in the same sentence, denies it. */
export function isNegatedAt(text: WordedSpan, index: number): boolean {
  return negationBefore(text, index) !== undefined;
}

/**
 * The word shortly before the match, in the same sentence, that denies it; undefined when there is none.
 * A negation that ends its clause ("como no lo lee nadie, abrimos…") denies that clause only.
 */
export function negationBefore(text: WordedSpan, index: number): number | undefined {
  // "Não há, nem vai haver, canal no Telegram ou grupo no WhatsApp": each "or" carries the negation to one more thing denied.
  let reach = negationReach;
  for (let at = index - 1; at >= 0 && at >= index - reach; at--) {
    if (alternativeWords.has((text.words[at] as Word).text)) reach = Math.min(reach + 4, negationReach * 3);
    // "(…, elle n'est pas regardante) : …": a negation inside brackets that close before the match denies only the aside.
    if (isNegation(text, at) && inAsideBefore(text, at, index)) continue;
    if (isNegation(text, at)) return endsClause(text, at) || closesOpeningClause(text, at, index) || index > (purposeEnd(text, at) ?? index) ? undefined : at;
    if ((text.words[at] as Word).startsSentence) return undefined;
  }
  return undefined;
}

/** Whether the word at `at` stands inside brackets that close before the word at `index`. */
function inAsideBefore(text: WordedSpan, at: number, index: number): boolean {
  const [word, match] = [text.words[at] as Word, text.words[index] as Word];
  if (!text.span.text.slice(word.end, match.start).includes(')')) return false;
  const before = text.span.text.slice(0, word.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** Words that say what something is for, before a negation and an infinitive: "para no perder a nadie", "pour ne perdre personne", "per non perdere". */
const purposeOpeners = new Set(['para', 'pra', 'pour', 'per']);
/** How many words a negation of purpose denies: the verb and its object ("no perder a nadie"). */
const purposeReach = 4;
/** Turkish says what something is for after the verb: "kaybetmeyelim diye", "kaybetmemek için". */
const turkishPurposeWords = new Set(['diye', 'icin']);
/**
 * When the negation at `at` says what something is for, and so denies only that purpose, the last word
 * of the purpose: an opener before it and an infinitive after it (not "per nessun motivo"), or a Turkish
 * verb before "diye"; undefined for any other negation.
 */
function purposeEnd(text: WordedSpan, at: number): number | undefined {
  if (text.language() === 'tur' && turkishPurposeWords.has(text.words[at + 1]?.text ?? '')) return at + 1;
  const opener = text.words[at - 1]?.text === 'ne' || text.words[at - 1]?.text === 'n' ? at - 2 : at - 1;
  if (!purposeOpeners.has(text.words[opener]?.text ?? '')) return undefined;
  const verb = ['pas', 'plus'].includes(text.words[at + 1]?.text ?? '') ? at + 2 : at + 1;
  return /(?:ar|er|ir|re)$/.test(text.words[verb]?.text ?? '') ? at + purposeReach : undefined;
}

/** "Or", in the network's languages (not the one-letter "o", which is also Portuguese for "the", nor the Greek "ή", which folds into the article "η"). */
const alternativeWords = new Set(['or', 'nor', 'ou', 'oder', 'noch', 'oppure', 'ovvero', 'lub', 'albo', 'czy', 'veya', 'yahut']);

/** Words that open a clause: who, whoever, if ("Chi non può venire…", "If you cannot come, …"). */
const clauseOpeners = new Set(
  'who whoever anyone if those qui quiconque si wer wenn falls chi chiunque se quien quienes quienquiera quem caso wie als indien kto jesli jezeli οποιος οποια οσοι οσες αν eger kim'.split(' '),
);
/**
 * Words that open a clause of cause, time or purpose before the main one ("Since not everyone reads the
 * platform, we…", "Omdat niet iedereen nog kijkt, leggen we…", "Damit wir uns nicht verlieren, haben
 * wir…"): at the start of a sentence, what they deny ends at the clause's comma.
 */
const causeOpeners = new Set(
  'because since as when while although though parce puisque comme quand lorsque bien weil da als wahrend obwohl perche poiche siccome quando mentre sebbene porque como cuando aunque ya pois quando embora omdat aangezien doordat wanneer toen hoewel bo poniewaz skoro kiedy chociaz επειδη αφου οταν ενω cunku madem so damit afin affinche zodat zeby aby ωστε'.split(' '),
);

/** Two words that open a clause of purpose where the first alone does not ("Για να μη χαθεί κανείς, …", "Pour que personne ne se perde, …"). */
const purposePairs = new Set(['για να', 'pour que', 'para que', 'so that', 'in order', 'de sorte que', 'de modo que', 'de forma que']);

/** Whether the sentence opens with a clause of cause or time that the comma after `at` closes: the negation at `at` denies that clause only. */
function inOpeningCauseClause(text: WordedSpan, sentence: Sentence, at: number): boolean {
  const start = afterLabel(text, sentence);
  if (!opensWithCauseClause(text, start)) return false;
  for (let word = start; word < at; word++) if (endsClause(text, word)) return false;
  return true;
}

function opensWithCauseClause(text: WordedSpan, start: number): boolean {
  const [first, second] = [text.words[start] as Word, text.words[start + 1]];
  return causeOpeners.has(first.text) || purposePairs.has(`${first.text} ${second?.text}`);
}

/** Where a sentence starts after a label of a word or two and a colon ("Importante: como…", "NB: since…"). */
function afterLabel(text: WordedSpan, sentence: Sentence): number {
  for (let word = sentence.from; word < Math.min(sentence.to - 1, sentence.from + 2); word++) {
    if (/^[^\p{L}\p{N}]*:/u.test(text.span.text.slice((text.words[word] as Word).end, (text.words[word + 1] as Word).start))) return word + 1;
  }
  return sentence.from;
}

/**
 * The last word of the clause of cause, time or purpose the sentence opens with ("Como la plataforma no
 * manda los avisos, …"), or undefined. What that clause says is the background of the main clause.
 */
export function openingCauseClauseEnd(text: WordedSpan, sentence: Sentence): number | undefined {
  const start = afterLabel(text, sentence);
  if (!opensWithCauseClause(text, start)) return undefined;
  for (let word = start; word < sentence.to - 1; word++) if (endsClause(text, word)) return word;
  return undefined;
}

/** Verbs that carry another ("can", "peuvent", "kann", "può", "puede"): the second of them in a sentence starts its main clause. */
const helperVerbs = new Set(
  [
    'can cannot could may might must should will would do does did don doesn didn',
    'peut peuvent pouvez pourra pourront pourrez pourrait pourraient doit doivent devez',
    'kann konnen konnt darf durfen soll sollen muss mussen wird werden mochte',
    'puo possono potete potra potranno potrete deve devono dovete',
    'puede pueden podeis podra podran pueda puedan debe deben',
    'pode podem podera poderao puder puderem deve devem',
    'kan kunnen kunt mag mogen moet moeten zal zullen',
    'moze moga mozecie musi musza',
    'μπορει μπορουν μπορειτε πρεπει',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether the negation at `at` stands in a clause that a "who" or an "if" opens and that ends before the match:
 * "Chi non può venire può fare una donazione", "Those who cannot come can donate", "Wer nicht kommen
 * kann, kann spenden". The clause ends at a verb that carries another, after the one the negation goes
 * with; what the main clause offers is not denied. (A comma does not end it: "those who pay no dues,
 * fees or donations" goes on denying.)
 */
function closesOpeningClause(text: WordedSpan, at: number, index: number): boolean {
  if (!opensWithClause(text, at)) return false;
  // The opening clause is short: its main clause starts within a few words.
  for (let word = at + 2; word < Math.min(index, at + 10); word++) if (helperVerbs.has((text.words[word] as Word).text)) return true;
  return false;
}

/** Whether a word just before `at` opens the clause it stands in ("Chi non…", "Those who cannot…", "… et celles et ceux qui n'ont pas…", "If"). */
function opensWithClause(text: WordedSpan, at: number): boolean {
  const sentence = sentenceAt(text, at);
  if (!sentence) return false;
  for (let word = at; word >= Math.max(sentence.from, at - 4); word--) if (clauseOpeners.has((text.words[word] as Word).text)) return true;
  return false;
}

/** Whether a comma, a semicolon or a colon follows the word. */
function endsClause(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  const next = text.words[at + 1];
  return /^[^\p{L}\p{N}]*[,;:]/u.test(text.span.text.slice(word.end, next ? next.start : word.end + 2));
}

/**
 * A proposal decided against, as minutes report it ("The motion for a WhatsApp group was withdrawn",
 * "l'assemblée rejette la proposition", "Die Versammlung lehnt den Antrag ab"), or something a group's
 * history says was done away with ("2011 haben wir ihn abgeschafft", "it has gone to recycling").
 */
const decidedAgainst = new Lexicon([
  'reject*', 'withdrawn', 'withdrew', 'voted down', 'turned down', 'advised against', 'decided against', 'not pursued', 'declined',
  'rejet*', 'ecarte', 'ecartee', 'ecartees', 'refuse', 'refusee', 'refusees', 'lehnt', 'abgelehnt', 'verworfen', 'nicht weiterverfolgt', 'zuruckgezogen',
  'respint*', 'bocciat*', 'rechaz*', 'descartad*', 'rejeit*', 'recusad*', 'verworpen', 'afgewezen', 'afgeraden', 'ingetrokken',
  'odrzuc*', 'wycofan*', 'przepadl*', 'απορριφθ*', 'απορριπτ*', 'αποσυρθηκε', 'redded*', 'reddetti', 'geri cekildi',
  'descart*', 'respin*', 'desaconselh*', 'desaconsej*', 'deconseill*', 'sconsigliat*', 'abgeraten', 'odradz*', 'gundemden cikar*', 'off the agenda', 'was dropped', 'were dropped',
  'we said no', 'on a dit non', 'nous avons dit non', 'dijimos que no', 'dissemos que nao', 'abbiamo detto di no', 'abbiamo detto no', 'zeiden we nee', 'hebben we nee gezegd', 'powiedzielismy nie', 'ειπαμε οχι', 'hayir dedik', 'dagegen entschieden', 'dagegen entschlossen', 'ertegen besloten', 'ertegen gekozen', 'voted against', 'vote against', 'votes against', 'vote contre', 'stimmte dagegen', 'dagegen gestimmt', 'votato contro', 'voto en contra', 'votaron en contra', 'votou contra',
  'votaram contra', 'stemde tegen', 'stemden tegen', 'glosowal* przeciw', 'καταψηφισ*', 'aleyhte oy', 'uygun gormedi', 'uygun gorulmedi', 'onaylanmadi', 'onaylamadi',
  'abolished', 'scrapped', 'discontinued', 'closed down', 'shut down', 'abgeschafft', 'eingestellt', 'aboli*', 'supprime', 'supprimee', 'supprimes', 'supprimees',
  'abolit*', 'soppress*', 'abolid*', 'suprimid*', 'cerramos', 'cerrada', 'cerrado', 'extint*', 'encerrad*', 'afgeschaft', 'opgeheven', 'zlikwidowa*', 'zniesion*',
  'καταργηθηκε', 'καταργησαμε', 'kaldirildi', 'kaldirdik',
  'binned', 'thrown away', 'thrown out', 'gone to recycling', 'went to recycling', 'recycled', 'jete', 'jetee', 'jetes', 'jetees', 'a la poubelle', 'weggeworfen', 'entsorgt', 'buttat*',
  'desechad*', 'jogad* fora', 'deitad* fora', 'weggegooid', 'wyrzucon*', 'wyrzucil*', 'πεταχτηκε', 'πεταξαμε', 'atildi', 'attik',
  'dissolved', 'dissous', 'dissoute', 'aufgelost', 'abgeschaltet', 'switched off', 'sciolt*', 'disuelt*', 'dissolvid*', 'rozwiazan*', 'διαλυθηκε', 'dagitildi',
  'removed', 'deleted', 'taken down', 'retire', 'retiree', 'retires', 'efface', 'effacee', 'effaces', 'effacees', 'entfernt', 'geloscht', 'rimoss*', 'tolto', 'tolta', 'tolti', 'cancellat*',
  'quitad*', 'retirad*', 'borrad*', 'removid*', 'apagad*', 'verwijderd', 'gewist', 'usuniet*', 'usunel*', 'skasowa*', 'αφαιρεθηκε', 'αφαιρεσαμε', 'σβηστηκε', 'διαγραφηκε', 'silindi', 'sildik',
  // Turned down: "Podziękowaliśmy i odmówiliśmy", "we thanked them and declined".
  'declined', 'odmowi*', 'rifiutat*', 'recusamos', 'weigerden', 'geweigerd', 'αρνηθηκαμε', 'αρνηθηκε',
  'prefere ne pas', 'preferons ne pas', 'preferred not to', 'preferito non', 'preferido no', 'preferimos no', 'preferimos nao',
  // What moderators remove as a rule: "indirim kodu … hepsi silinir", "se borran".
  'se borran', 'se eliminan', 'borramos', 'eliminamos', 'supprimons', 'effacons', 'cancelliamo', 'eliminiamo', 'verwijderen we', 'usuwane', 'usuwamy', 'διαγραφονται', 'σβηνονται', 'silinir', 'siliniyor', 'silinecek', 'kaldirilir', 'kaldiriliyor',
]);
/**
 * A decision or an approval, which a negation just before or after turns into a refusal ("decided not
 * to", "a décidé de ne pas", "non viene accolta", "kabul etmedi", "nie przeszedł").
 */
const decidedOrApproved = new Lexicon([
  'decid*', 'deciso', 'decise', 'beschloss*', 'beschlossen', 'entschied*', 'entschieden', 'besloot', 'besloten', 'postanowil*', 'zdecydowal*', 'αποφασισ*',
  'accepted', 'adopted', 'approved', 'carried', 'retenu*', 'adopte*', 'approuve*', 'angenommen', 'genehmigt', 'accolt*', 'approvat*', 'aprobad*', 'aceptad*',
  'aprovad*', 'aceite', 'aceit*', 'aangenomen', 'goedgekeurd', 'przyjet*', 'zatwierdzon*', 'εγκριθηκε', 'δεκτη', 'δεκτο', 'δεκτες', 'kabul',
  'besluit', 'besluiten', 'przeszedl', 'przeszla', 'przeszly', 'salio adelante', 'prospero', 'vingou',
]);

/**
 * Whether the sentence, or one of the three after it in its paragraph (an item of the minutes), reports
 * that what it proposes was decided against; in a table, whether another cell of its row does, or says it is closed ("| A WhatsApp group | 4 | 13 | rejected |");
 * in a list, whether the text that introduces it denies what each item names ("What we will not do:").
 */
export function isDecidedAgainst(text: WordedSpan, sentence: Sentence): boolean {
  const sentences = sentencesOf(text);
  const at = sentences.indexOf(sentence);
  if (at === 0 && isDeniedByLeadIn(text)) return true;
  if (at >= 0 && sentences.slice(at, at + 4).some((next) => reportsRefusal(text, next))) return true;
  if (at >= 0 && isTurnedDown(text, sentence, sentences[at + 1])) return true;
  // "| składki członkowskie | 0 zł | nie ma i nie będzie |": a cell beside it that opens with a negation denies the row.
  return cellsBeside(text).some((cell) => (cell.words.length > 0 && isNegation(cell, 0)) || sentencesOf(cell).some((next) => reportsRefusal(cell, next) || lastClosing(cell, next) >= 0));
}

/** Forgetting and missing: a lead-in that reminds ("Don't forget:", "N'oubliez pas :") denies nothing of its list. */
const forgetWords = new Lexicon(['forget*', 'miss', 'oubli*', 'manquez', 'vergess*', 'verpass*', 'olvid*', 'dimentic*', 'perdet*', 'esquec*', 'percam', 'vergeet', 'vergeten', 'zapomin*', 'zapomn*', 'przegap*', 'ξεχν*', 'ξεχασ*', 'χασετε', 'unutma*', 'kacirma*']);

/**
 * Whether the list item the span opens completes a denial: its list is introduced by a lead-in whose
 * last sentence denies, outside a clause that opens it ("Lo que NO vamos a hacer:", "Was es bei uns
 * nicht gibt:"), and does not remind ("Don't forget:") or ask.
 */
export function isDeniedByLeadIn(text: WordedSpan): boolean {
  const lead = text.span.leadIn && wordedSpanOf(text.page, text.span.leadIn);
  const last = lead && sentencesOf(lead).at(-1);
  if (!lead || !last) return false;
  // "Pra quem não viu a arte ainda:", "For those who haven't seen it:": a negation in a clause about who reads denies nothing of the list.
  const deniesOutsideWhoClause = lead.words.slice(last.from, last.to).some((_, offset) => isNegation(lead, last.from + offset) && !opensWithClause(lead, last.from + offset));
  return deniesOutsideWhoClause && hasNegationFor(lead, last, last.to - 1) && within(forgetWords.find(lead), last).length === 0 && !isQuestion(lead, last);
}

const wordedSpans = new WeakMap<Page, Map<TextSpan, WordedSpan>>();
function wordedSpanOf(page: Page, span: TextSpan): WordedSpan | undefined {
  let bySpan = wordedSpans.get(page);
  if (!bySpan) wordedSpans.set(page, (bySpan = new Map(page.texts.map((text) => [text.span, text]))));
  return bySpan.get(span);
}

/** Speaking, explaining or studying something: a talk, a lecture, a study ("va a platicar", "onderzocht hoe", "ein Vortrag über"). */
const talkWords = new Lexicon([
  'talk*', 'lecture*', 'speak*', 'spoke', 'explain*', 'present*', 'discuss*', 'studied', 'studies', 'research*', 'tell', 'tells', 'will tell',
  'charla*', 'platic*', 'habl*', 'explic*', 'contar*', 'contara', 'conferencia*', 'ponencia*', 'estudi*', 'investig*', 'palestra*', 'falar*', 'falou', 'falam*', 'explica*',
  'conference*', 'parl*', 'expliqu*', 'expose*', 'racont*', 'etudi*',
  'vortrag*', 'referat*', 'sprech*', 'spricht', 'sprach', 'erklar*', 'erzahl*', 'untersucht*', 'forscht*',
  'conferenz*', 'relazione', 'intervento', 'spieg*', 'raccont*', 'studiato',
  'lezing*', 'praatje*', 'vertel*', 'uitleg*', 'legt uit', 'onderzocht', 'onderzoekt',
  'wyklad*', 'prelekcj*', 'opowi*', 'mow*', 'wyjasni*', 'zbadal*', 'badal*',
  'ομιλια*', 'μιλησ*', 'μιλα*', 'εξηγ*', 'διαλεξη*',
  'konusma*', 'konus*', 'anlat*', 'soylesi*', 'sunum*', 'seminer*', 'arastir*',
  // Evenings of talks: "Επιστημονικό καφενείο: Δωρεές, φόροι και επιταχυντές".
  'cafe scientifique', 'science cafe*', 'wissenschaftscafe', 'wetenschapscafe', 'caffe scientific*', 'cafe cientific*', 'kawiarni* naukow*', 'επιστημονικο καφενειο', 'bilim kafe*',
]);
/** Words after which the subject of a talk or a study comes ("about", "how", "why"), or its title ("called", "heet"). */
const subjectWords = new Lexicon([
  'about', 'on', 'how', 'why', 'called', 'titled', 'entitled',
  'sobre', 'acerca', 'como', 'por que', 'titulada', 'titulado', 'chamada', 'chamado', 'intitulada',
  'sur', 'comment', 'pourquoi', 'intitule', 'intitulee',
  'uber', 'wie', 'warum', 'zum thema', 'mit dem titel',
  'su', 'come', 'perche', 'intitolat*', 'dal titolo',
  'over', 'hoe', 'waarom', 'heet', 'getiteld',
  'o', 'jak', 'dlaczego', 'czemu', 'pod tytulem',
  'για', 'πως', 'γιατι', 'με τιτλο',
  'hakkinda', 'nasil', 'neden', 'uzerine', 'baslikli',
]);
/** Asking a favour ("please", "bitte", "por favor"): a sentence that asks readers for something is no mere subject of a talk. */
const pleaseWords = new Lexicon(['please', 'pls', 'bitte', 's il vous plait', 's il te plait', 'svp', 'por favor', 'per favore', 'per piacere', 'alsjeblieft', 'alstublieft', 'aub', 'prosze', 'lutfen', 'παρακαλ*']);
/** How many words after the talk its subject may still name the match: a subject can run through a list ("how the experiments are paid for: …, and crowdfunding"). */
const subjectReach = 40;

/**
 * Whether the word at `index` is part of the subject of a talk or a study the sentence tells of ("she will
 * explain how experiments are paid for: member states, patrons and crowdfunding", "onderzocht hoe
 * onderzoekers via crowdfunding …"): a word of speaking or studying, "about" or "how" within three words
 * after it (or a colon, before its title), and the word further on. It names what is talked about and
 * asks nothing of readers, unless the sentence says "please".
 */
export function isSubjectOfTalk(text: WordedSpan, sentence: Sentence, index: number): boolean {
  if (speakerThenSubject(text, sentence, index)) return true;
  if (!talkWords.mayMatch(text)) return false;
  const talks = within(talkWords.find(text), sentence).filter((talk) => talk.index < index && index - talk.index <= subjectReach);
  if (talks.length === 0 || (pleaseWords.mayMatch(text) && within(pleaseWords.find(text), sentence).length > 0)) return false;
  return talks.some((talk) => {
    const after = talk.index + talk.length;
    // "Lecture: crowdfunding in science": a colon after the talk opens its title.
    if (text.span.text.slice((text.words[after - 1] as Word).end, text.words[after]?.start).includes(':')) return true;
    for (let at = after; at <= Math.min(index, after + 3); at++) if (subjectWords.matchLengthAt(text, at) > 0) return true;
    return false;
  });
}

/** "On", "about", after a speaker's name and a comma: what the speaker talks on. */
const speakerSubjectWords = new Set(['on', 'about', 'sur', 'uber', 'su', 'sobre', 'over', 'o', 'για']);

/**
 * Whether the sentence opens with a speaker's name and, after a comma, says what the speaker talks on,
 * before the word at `index` ("Marc Delorme, thirty years in the finance division, on member-state
 * contributions … and where donations fit in"): a programme of talks, not a request. Not "on behalf",
 * nor "on Saturday".
 */
function speakerThenSubject(text: WordedSpan, sentence: Sentence, index: number): boolean {
  if (!isCapitalised(text, text.words[sentence.from]) || !isCapitalised(text, text.words[sentence.from + 1])) return false;
  for (let at = sentence.from + 2; at < Math.min(index, sentence.from + subjectReach); at++) {
    const word = text.words[at] as Word;
    if (!speakerSubjectWords.has(word.text) || !/,\s*$/.test(text.span.text.slice((text.words[at - 1] as Word).end, word.start))) continue;
    const next = text.words[at + 1];
    if (next && next.text !== 'behalf' && !isCapitalised(text, next)) return true;
  }
  return false;
}

/** Proposing something, in the network's languages ("someone suggests a collection", "qualcuno propone una colletta"). */
export const proposingWords = new Lexicon([
  'propos*', 'propon*', 'suggest*', 'sugger*', 'suger*', 'vorgeschlagen', 'vorschlag', 'schlagt', 'schlagen', 'voorgesteld', 'voorstel', 'stelt voor', 'stellen voor', 'zaproponowa*', 'proponuj*', 'propozycj*', 'προτειν*', 'προτεινε', 'προτασ*', 'oner*', 'reclam*', 'request*',
  // Wished for: "eine Telegram-Gruppe wurde ein paar Mal gewünscht".
  'wished', 'gewunscht', 'wunschen', 'wunscht', 'souhaite', 'souhaitee', 'souhaitent', 'desiderat*', 'desiderano', 'desead*', 'desejad*', 'gewenst', 'wensen',
]);

/**
 * "Some of you asked for a Discord server. We won't start one", "qualcuno propone una colletta … Non le
 * facciamo": a request or a proposal in the sentence, and a negation opening the next one.
 */
function isTurnedDown(text: WordedSpan, sentence: Sentence, next: Sentence | undefined): boolean {
  if (!next || (within(askingWords.find(text), sentence).length === 0 && within(proposingWords.find(text), sentence).length === 0)) return false;
  return hasNegation(text, { from: next.from, to: Math.min(next.to, next.from + 4) });
}

/** Indefinite articles, in the network's languages: "a WhatsApp group" is one that does not exist yet. */
const indefiniteArticles = new Set(['a', 'an', 'un', 'une', 'ein', 'eine', 'einen', 'einer', 'uno', 'una', 'um', 'uma', 'een', 'ενα', 'μια', 'bir']);

/** Whether the thing named at `index` is asked for or proposed ("3 personnes réclament un groupe WhatsApp"): an asking word shortly before, then an indefinite article. */
export function isAskedFor(text: WordedSpan, sentence: Sentence, index: number): boolean {
  const article = text.words[index - 1];
  if (!article || index - 1 < sentence.from || !indefiniteArticles.has(article.text)) return false;
  for (let at = Math.max(sentence.from, index - 5); at < index - 1; at++) if (askingWords.matchLengthAt(text, at) > 0 || proposingWords.matchLengthAt(text, at) > 0) return true;
  return false;
}

function reportsRefusal(text: WordedSpan, sentence: Sentence): boolean {
  return within(decidedAgainst.find(text), sentence).length > 0 || within(decidedOrApproved.find(text), sentence).some((decision) => isRefusal(text, sentence, decision));
}

/** The other cells of a table row the span is a cell of: the body's spans on its line (a paragraph or a heading has a line to itself). */
function cellsBeside(text: WordedSpan): WordedSpan[] {
  if (text.span.field) return [];
  const { line } = text.span.rangeOf(0, 0);
  return text.page.texts.filter((other) => other !== text && !other.span.field && other.span.rangeOf(0, 0).line === line);
}

/** Whether a negation comes within three words of a decision, before or after it, in its sentence ("non è stata accolta"), or ends its clause where German and Dutch put it. */
function isRefusal(text: WordedSpan, sentence: Sentence, decision: LexiconMatch): boolean {
  // German and Dutch put it at the end of the clause: "besluit de vergadering dit niet te doen".
  if (isDeniedAtClauseEnd(text, decision.index + decision.length - 1, sentence)) return true;
  const last = Math.min(sentence.to, decision.index + decision.length + 3);
  for (let at = Math.max(sentence.from, decision.index - 3); at < last; at++) if ((at < decision.index || at >= decision.index + decision.length) && isNegation(text, at)) return true;
  return false;
}

/** A chat, a list or a form closed, in the network's languages: after what it closes ("the WhatsApp group is now closed", "το κανάλι έκλεισε"). */
const closedWords = new Lexicon([
  'closed', 'archived', 'ferme', 'fermee', 'fermes', 'fermees', 'archive', 'archivee', 'geschlossen', 'archiviert', 'chiuso', 'chiusa', 'chiusi', 'chiuse', 'archiviat*', 'cerrado', 'cerrada', 'cerrados', 'cerradas',
  'archivad*', 'fechado', 'fechada', 'fechados', 'fechadas', 'cerro', 'cerraron', 'cerramos', 'fechou', 'fecharam', 'fechamos', 'shut down', 'wound up', 'gesloten', 'gearchiveerd', 'zamkniet*', 'zarchiwizowan*', 'εκλεισε', 'εκλεισαν', 'κλεισε', 'κλειστηκε', 'αρχειοθετηθηκε', 'kapatildi', 'kapandi', 'kapali', 'arsivlendi',
]);

/**
 * The index of the sentence's last word that says something was closed ("the WhatsApp group we set up for
 * the reunion is now closed"), or -1: what is named before it, not just before, is no more. Worked out
 * once per sentence, for all its mentions.
 */
export function lastClosing(text: WordedSpan, sentence: Sentence): number {
  const closings = within(closedWords.find(text), sentence);
  return closings.length > 0 ? (closings.at(-1) as LexiconMatch).index : -1;
}

/** Whether a word that closes comes in the four words before the match, in its sentence: "We closed the Telegram group", "cerramos el grupo de WhatsApp". */
export function closesBefore(text: WordedSpan, sentence: Sentence, match: LexiconMatch): boolean {
  return within(closedWords.find(text), sentence).some((closing) => closing.index < match.index && closing.index >= match.index - 4);
}

/** Whether a sentence says, in its first words, that something was closed: the one after a chat is named ("We had a Discord server. It was closed in 2023"). */
export function opensClosed(text: WordedSpan, sentence: Sentence | undefined): boolean {
  return sentence !== undefined && within(closedWords.find(text), sentence).some((closing) => closing.index < sentence.from + 4);
}

/**
 * Whether the whole sentence stands inside quotation marks: someone else's words, such as a member's
 * question or complaint the page answers („Ihr könnt doch im Namen des CERN anfragen!"). It asserts
 * nothing of the group.
 */
export function isQuotedSentence(text: WordedSpan, sentence: Sentence): boolean {
  let quoted = quotedSentences.get(sentence);
  if (quoted === undefined) quotedSentences.set(sentence, (quoted = standsInQuotes(text, sentence)));
  return quoted;
}
const quotedSentences = new WeakMap<Sentence, boolean>();

function standsInQuotes(text: WordedSpan, sentence: Sentence): boolean {
  const first = text.words[sentence.from];
  const last = text.words[sentence.to - 1];
  if (!first || !last) return false;
  const before = text.span.text.slice(sentence.from > 0 ? (text.words[sentence.from - 1] as Word).end : 0, first.start);
  const opening = /[„“"«‘‚]\s*$/.exec(before);
  if (!opening) return inLongerQuotation(text, first.start, last.end);
  // A straight mark closes a typographic one often enough when typed in a hurry („…").
  const closes = `${quoteMarks[opening[0].trim()] ?? ''}"`;
  const after = text.span.text.slice(last.end, last.end + 4);
  const inside = text.span.text.slice(first.start, last.end);
  return ([...closes].some((close) => after.includes(close)) && ![...closes].some((close) => inside.includes(close))) || inLongerQuotation(text, first.start, last.end);
}

/** Double quotation marks, which open a quotation that may run over several sentences; single ones also stand for apostrophes. */
const doubleQuoteMarks: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»' };
/** How far before and after a sentence the marks of a quotation of several sentences are looked for. */
const quotationReach = 600;

/**
 * Whether the text from `start` to `end` is a sentence inside a quotation of several: the mark opens
 * before an earlier sentence and closes after a later one ("> \"I will tell you why a donation never
 * pays for a detector. And yes, …\"").
 */
function inLongerQuotation(text: WordedSpan, start: number, end: number): boolean {
  const source = text.span.text;
  const before = source.slice(Math.max(0, start - quotationReach), start);
  const inside = source.slice(start, end);
  const after = source.slice(end, end + quotationReach);
  for (const [open, closes] of Object.entries(doubleQuoteMarks)) {
    const opened = before.lastIndexOf(open);
    if (opened === -1) continue;
    if (open === closes && straightQuotesBefore(text.span, start) % 2 === 0) continue;
    const closers = [...closes];
    if (closers.some((close) => before.slice(opened + 1).includes(close) || inside.includes(close))) continue;
    if (closers.some((close) => after.includes(close))) return true;
  }
  return false;
}

/**
 * Whether the sentence ends with a word that denies it, where German, Dutch and Turkish put it ("Eine
 * WhatsApp-Gruppe haben wir nicht"). Elsewhere a negation at the end denies only its own clause ("…,
 * sem depender de mais ninguém").
 */
export const endsDenied = (text: WordedSpan, sentence: Sentence) => sentence.to - sentence.from > 1 && putsNegationLast(text) && isNegation(text, sentence.to - 1);

/** Languages that put a negation at the end of the clause, however long: "Eine WhatsApp-Gruppe gibt es bei uns nicht", "e-posta listemiz ya da WhatsApp grubumuz yok". */
const clauseFinalNegation = new Set(['deu', 'nld', 'tur']);

/** Whether the text's language puts a negation at the end of the clause (German, Dutch, Turkish). */
export const putsNegationLast = (text: WordedSpan) => clauseFinalNegation.has(text.language());

/** Whether a negation follows the word at `last` in its clause: within three words, or, in the languages that put it at the end of the clause, before the clause ends. */
export function isDeniedAfter(text: WordedSpan, last: number, sentence: { to: number }): boolean {
  if (clauseFinalNegation.has(text.language())) return isDeniedAtClauseEnd(text, last, sentence);
  for (let at = last + 1; at < Math.min(last + 4, sentence.to); at++) {
    if (clauseOfOthers.has((text.words[at] as Word).text)) return false;
    if (isNegation(text, at)) return true;
  }
  return false;
}

/**
 * In a language that puts a negation at the end of the clause, whether one ends the clause of the word
 * at `last` (at a comma, a semicolon, a colon or a dash, or ten words on). A clause about someone else
 * that starts there ("– wer noch nicht drin ist, …") is not the word's.
 */
export function isDeniedAtClauseEnd(text: WordedSpan, last: number, sentence: { to: number }): boolean {
  if (!clauseFinalNegation.has(text.language())) return false;
  if (last + 1 < sentence.to && clauseOfOthers.has((text.words[last + 1] as Word).text)) return false;
  const far = Math.min(last + 10, sentence.to);
  let clauseEnd = last + 1;
  while (clauseEnd < far && !/[,;:–—]/.test(text.span.text.slice((text.words[clauseEnd - 1] as Word).end, (text.words[clauseEnd] as Word).start))) clauseEnd++;
  return hasNegation(text, { from: last + 1, to: clauseEnd });
}

/**
 * Words that open a clause about someone else or a condition: a negation after one denies that clause,
 * not the phrase before it ("a Viber group for those who cannot come", "για όσους δεν μπορούν"). A
 * relative that speaks of the phrase itself does deny it ("the WhatsApp group that we no longer use").
 */
const clauseOfOthers = new Set([
  'those', 'anyone', 'anybody', 'whoever', 'if', 'when', 'ceux', 'celles', 'quiconque', 'quand', 'chi', 'chiunque', 'quando', 'quien', 'quienes', 'cuando', 'quem', 'wer', 'falls', 'wenn',
  'kto', 'ktokolwiek', 'jesli', 'jezeli', 'gdy', 'kiedy', 'οσοι', 'οσους', 'οσες', 'οποιος', 'οποιοι', 'αν', 'εαν', 'οταν',
]);

/**
 * Whether the phrase from `first` to `last` opens its sentence and a negation follows it in the same
 * clause: the topic put first, then denied ("Ομάδα σε Viber ή WhatsApp για τη συνάντηση δεν φτιάχνουμε",
 * "Un groupe WhatsApp, nous n'en avons pas" is two clauses, and is not read so).
 */
export function isDeniedAsTopic(text: WordedSpan, sentence: Sentence, first: number, last: number): boolean {
  if (first > sentence.from + 1) return false;
  for (let at = last + 1; at < Math.min(sentence.to, last + 9); at++) {
    if (endsClause(text, at - 1) || clauseOfOthers.has((text.words[at] as Word).text)) return false;
    if (isNegation(text, at)) return true;
  }
  return false;
}

/**
 * For each word of the sentence, whether a negation comes before it in its part of the sentence: a word
 * of contrast starts a new part ("Nessun obbligo, ma un piccolo contributo…", "no fee, but…"), and so
 * does one of consequence after a comma ("…, così le abbiamo messe…"). Worked
 * out once for all the matches of a sentence; read it with the word's index minus `sentence.from`.
 */
export function deniedWords(text: WordedSpan, sentence: Sentence): Uint8Array {
  const denied = new Uint8Array(sentence.to - sentence.from);
  let denying = false;
  // A negation in a clause that opens the sentence: the main clause starts at its second carrying verb.
  let endsAtHelperFrom: number | undefined;
  // An aside between dashes ("A Rita propôs — e ninguém lhe disse que não — uma folha…") denies nothing after it.
  const { part } = dashParts(text);
  let denyingBeforeAside = false;
  // A negation in an opening clause of cause or time ("Omdat niet iedereen … kijkt, leggen we…") ends at its comma.
  let endsAtComma = false;
  // One that says what something is for ("Para no perder a nadie hemos abierto…") ends with the purpose.
  let endsAfter: number | undefined;
  for (let at = sentence.from; at < sentence.to; at++) {
    const word = (text.words[at] as Word).text;
    if (at > sentence.from && part[at] !== part[at - 1]) {
      if ((part[at] as number) % 2 === 1) denyingBeforeAside = denying;
      else denying = denyingBeforeAside;
    }
    if (denying && endsAtComma && endsClause(text, at - 1)) denying = endsAtComma = false;
    if (contrastWords.has(word) || contrastIn.get(word)?.has(text.language()) || (at > sentence.from && followsColon(text, at))) denying = false;
    if (consequenceWords.has(word) && at > sentence.from && endsClause(text, at - 1)) denying = false;
    if (denying && endsAtHelperFrom !== undefined && at >= endsAtHelperFrom && helperVerbs.has(word)) denying = false;
    if (denying && endsAfter !== undefined && at > endsAfter) denying = false;
    denied[at - sentence.from] = denying ? 1 : 0;
    if (isNegation(text, at)) {
      denying = true;
      // "no perder a nadie": a second negation inside the purpose belongs to it.
      if (endsAfter === undefined || at > endsAfter) endsAfter = purposeEnd(text, at);
      endsAtHelperFrom = opensWithClause(text, at) ? at + 2 : undefined;
      endsAtComma = inOpeningCauseClause(text, sentence, at);
    }
  }
  return denied;
}
/** Whether a colon stands between the word and the one before: what follows it is a statement of its own ("Non finisce lì: avrete il 15% di sconto"). */
const followsColon = (text: WordedSpan, at: number) => text.span.text.slice((text.words[at - 1] as Word).end, (text.words[at] as Word).start).includes(':');

/** "So", after a comma, in the network's languages: what follows is a clause of its own ("…non vogliamo perdere nessuno, così le abbiamo messe in un foglio"). */
const consequenceWords = new Set(['so', 'therefore', 'thus', 'donc', 'daher', 'deshalb', 'deswegen', 'quindi', 'cosi', 'percio', 'entonces', 'entao', 'dus', 'daarom', 'wiec', 'dlatego', 'οποτε', 'επομενως', 'dolayisiyla']);

/** "But", in the network's languages; and the words that mean it in one language only ("ma" is "has" in Polish, "mas" is "more" in Spanish). */
const contrastWords = new Set(['but', 'however', 'mais', 'cependant', 'pourtant', 'aber', 'jedoch', 'pero', 'porem', 'contudo', 'jednak', 'lecz', 'αλλα', 'ομως', 'ama', 'fakat', 'ancak']);
const contrastIn = new Map([
  ['ma', new Set(['ita'])],
  ['mas', new Set(['por'])],
  ['maar', new Set(['nld'])],
  ['ale', new Set(['pol'])],
]);

/** Whether any word of the sentence denies something: German and Dutch put "nicht", "niet" at the end of a clause. */
export function hasNegation(text: WordedSpan, sentence: Sentence): boolean {
  for (let at = sentence.from; at < sentence.to; at++) if (isNegation(text, at)) return true;
  return false;
}

/**
 * Whether a word of the sentence denies the match at `index`, for languages that put the negation at
 * the end of a clause: any negation does, except one in a clause that opens the sentence and closes
 * before the match ("Wer nicht kommen kann, kann spenden").
 */
export function hasNegationFor(text: WordedSpan, sentence: Sentence, index: number): boolean {
  // A dash ends what a clause denies ("…, die wir nicht stemmen können – am Eingang steht ein Sparschwein"): only the negations between the same dashes count.
  const { part, negations } = dashParts(text);
  for (const at of negations.get(part[index] as number) ?? []) if (at >= sentence.from && at < sentence.to && !(at < index && (closesOpeningClause(text, at, index) || inAsideBefore(text, at, index)))) return true;
  return false;
}

/** For each word of a span, the part between dashes it stands in, and each part's negations; worked out once per span. */
const dashPartsOf = new WeakMap<WordedSpan, { part: Uint32Array; negations: Map<number, number[]> }>();
function dashParts(text: WordedSpan) {
  let found = dashPartsOf.get(text);
  if (!found) {
    const part = new Uint32Array(text.words.length);
    const negations = new Map<number, number[]>();
    for (let at = 0; at < text.words.length; at++) {
      const dashBefore = at > 0 && /\s[–—]\s/.test(text.span.text.slice((text.words[at - 1] as Word).end, (text.words[at] as Word).start));
      part[at] = at === 0 ? 0 : (part[at - 1] as number) + (dashBefore ? 1 : 0);
      if (!isNegation(text, at)) continue;
      const inPart = negations.get(part[at] as number);
      if (inPart) inPart.push(at);
      else negations.set(part[at] as number, [at]);
    }
    dashPartsOf.set(text, (found = { part, negations }));
  }
  return found;
}

/** Turkish denies with a suffix of the verb: "kullanmıyoruz" (we do not use), "olmaz", "gelmeyecek", "toplamamaktadır". */
const turkishNegatedVerb = /.(?:m[iu]yor|may[ai]|mey[ei]|mez|maz|medi|madi|memis|mamis|mamak|memek)/;
/** A negative participle ("koşamayan", "gelemeyenler"): at the head of a sentence it names who ("those who cannot run"), and denies nothing the sentence says. */
const turkishNegativeParticiple = /m[ae]y[ae]n(?:lar|ler)?(?:[iu]n|a|e|d[ae]n)?$/;

function isNegation(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  // A case ending written after a quoted name ("Ankara Bülteni"ni): Turkish's "ni", not French's.
  if (isAfterClosingQuote(text.span.text, word.start)) return false;
  if (text.language() === 'tur' && turkishNegatedVerb.test(word.text)) {
    const namesWho = turkishNegativeParticiple.test(word.text) && (word.startsSentence || text.words[at - 1]?.startsSentence === true);
    return !namesWho && !inQuotedPhrase(text, at);
  }
  // Turkish "ne … ne …", neither … nor: "ne ücret ne bağış istiyoruz" asks for neither.
  if (word.text === 'ne' && text.language() === 'tur' && text.words.slice(at + 1, at + 5).some((next) => next.text === 'ne')) return true;
  // English "don't", "isn't": the word "t" after an apostrophe.
  const contracted = word.text === 't' && /n['’]$/.test(text.span.text.slice(word.start - 2, word.start));
  // French "personne ne…", "rien n'…" deny on a page of any language ("… et personne ne parle au nom du CERN ici").
  if ((word.text === 'ne' || word.text === 'n') && frenchNobody.has(text.words[at - 1]?.text ?? '')) return true;
  // "Dejamos de tener lista" stops; "os lo dejamos a 8 euros" lets someone have it.
  if (stoppingWithOf.has(word.text)) return ['de', 'di'].includes(text.words[at + 1]?.text ?? '');
  return (negations.has(word.text) || contracted || deniesIn.get(word.text)?.has(text.language()) === true) && !inQuotedPhrase(text, at);
}

/**
 * Whether the word is inside a phrase in quotation marks that its sentence goes on after ('the "it
 * doesn't compile" worries go to our Discord server', «"bende derlenmiyor" dertleri …»): words someone
 * says, which deny nothing the sentence asserts.
 */
function inQuotedPhrase(text: WordedSpan, at: number): boolean {
  // Asked for the same negation by every match around it: worked out once per word (0 not yet, 1 no, 2 yes).
  let known = quotedPhraseWords.get(text);
  if (!known) quotedPhraseWords.set(text, (known = new Uint8Array(text.words.length)));
  if (known[at] === 0) known[at] = isInQuotedPhrase(text, at) ? 2 : 1;
  return known[at] === 2;
}
const quotedPhraseWords = new WeakMap<WordedSpan, Uint8Array>();

function isInQuotedPhrase(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  if (!isQuoted(text, word.start, word.end)) return false;
  closingQuote.lastIndex = word.end;
  const closing = closingQuote.exec(text.span.text);
  if (!closing) return false;
  for (let next = at + 1; next < text.words.length; next++) {
    const after = text.words[next] as Word;
    if (after.startsSentence) return false;
    if (after.start > closing.index) return true;
  }
  return false;
}
const closingQuote = /["”»’›“]/g;
/** "Nobody", "nothing", "no one" in French, before the "ne" that makes them deny. */
const frenchNobody = new Set(['personne', 'rien', 'aucun', 'aucune', 'nul', 'nulle', 'jamais']);
/** Verbs of stopping that are also verbs of leaving or letting: they stop something only before "de" ("deixámos de ter lista"). */
const stoppingWithOf = new Set(['deixamos', 'deixaram', 'dejamos', 'dejaron']);

const isAfterClosingQuote = (source: string, start: number) => start >= 2 && /["”»]/.test(source[start - 1] as string) && /[\p{L}\p{N}]/u.test(source[start - 2] as string);

/** Each opening quotation mark and the marks that close it: „…“ in German, „…” in Polish and Dutch. */
const quoteMarks: Record<string, string> = { '"': '"', '“': '”', '„': '“”', '«': '»', '‘': '’', '‹': '›', '‚': '‘’' };

/** Whether the match at [start, end) stands inside quotation marks of its sentence: words someone else said, or a name. */
export function isQuoted(text: WordedSpan, start: number, end: number): boolean {
  const source = text.span.text;
  const before = source.slice(Math.max(0, start - 200), start);
  const after = source.slice(end, end + 200);
  for (const [open, closes] of Object.entries(quoteMarks)) {
    const opened = before.lastIndexOf(open);
    if (opened === -1) continue;
    // A straight quote opens and closes alike: after an even number of them in the paragraph, the match is outside ('"ça compile pas" … Discord … "invite"').
    if (open === closes && straightQuotesBefore(text.span, start) % 2 === 0) continue;
    const inside = before.slice(opened + 1);
    if ([...closes].some((close) => !inside.includes(close) && after.includes(close))) return true;
  }
  // The opening quote is known by the letter after it, which may be the match's first.
  const beforeAndFirst = source.slice(Math.max(0, start - 200), start + 1);
  let opened = -1;
  for (const quote of beforeAndFirst.matchAll(openingSingleQuote)) opened = quote.index + quote[0].length;
  return opened >= 0 && !closingSingleQuote.test(beforeAndFirst.slice(opened, -1)) && closingSingleQuote.test(source.slice(end - 1, end + 200));
}

/** Where each straight double quote of a span is, found once per span: counting those before a word is then a binary search. */
const straightQuotes = new WeakMap<TextSpan, number[]>();
function straightQuotesBefore(span: TextSpan, start: number): number {
  let found = straightQuotes.get(span);
  if (!found) {
    found = [];
    for (let at = span.text.indexOf('"'); at >= 0; at = span.text.indexOf('"', at + 1)) found.push(at);
    straightQuotes.set(span, found);
  }
  let [low, high] = [0, found.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((found[middle] as number) < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Straight single quotes: an opening one starts a word ('Manpower), a closing one ends one (Machines'); an apostrophe inside a word (don't, l'anno) is neither. */
const openingSingleQuote = /(?:^|[\s([{])'(?=[\p{L}\p{N}])/gu;
const closingSingleQuote = /[\p{L}\p{N}.!?]'(?![\p{L}\p{N}])/u;

/** Rumour, in the network's languages: "rumour has it", "on dit que", "man munkelt", "si dice che". */
const rumourWords = new Lexicon([
  'rumour has it', 'rumor has it', 'rumour is', 'rumor is', 'word has it', 'on dit que', 'il parait que', 'la rumeur', 'man munkelt', 'geruchteweise', 'geruchten zufolge',
  'si dice che', 'gira voce', 'si mormora', 'se rumorea', 'corre el rumor', 'dicen que', 'dizem que', 'corre o boato', 'het gerucht gaat', 'naar verluidt', 'plotka glosi', 'chodza sluchy',
  'φημες λενε', 'λεγεται οτι', 'soylentiye gore', 'dedikoduya gore',
]);

/** Whether the sentence reports a rumour ("Rumour has it there's a secret WhatsApp group"): like a question, it asserts nothing. */
export function isRumour(text: WordedSpan, sentence: Sentence): boolean {
  return rumourWords.mayMatch(text) && within(rumourWords.find(text), sentence).length > 0;
}
