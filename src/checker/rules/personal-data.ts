import tlds from 'tlds' with { type: 'json' };
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { countryOf } from '../countries.ts';
import { addresses } from '../text/addresses.ts';
import { matchesIn, oncePerPlace } from '../text/matching.ts';
import { numberValue } from '../text/numbers.ts';
import { readableText, type TextSpan } from '../text/spans.ts';
import { byWord, fold, Lexicon, wordedText, type Word, type WordedSpan } from '../text/words.ts';
import type { ParsedGroup } from '../types.ts';
import { defineRule } from './define.ts';

/** name@example.org, but not the @handle in https://mastodon.social/@group (no name before the @). */
const emailPattern = /(?<![\w.%+\-/:@])[\w.%+-]*\w@[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.[a-z]{2,}\b/gi;

/** Words for "@" that name the domain that follows ("en el dominio de gmail"): unlike "at" or "en", they may follow a comma alone. */
const domainWords = String.raw`at the domain|on the domain|sur le domaine|auf der domain|en el dominio de|en el dominio|nel dominio|sul dominio|no dominio|op het domein|w domenie`;
/**
 * An address written to dodge scrapers, in the network's languages: "claire (at) example (dot) org",
 * "claire chez laposte point net", "claire arroba gmail punto com", "hamburg [ät] posteo [punkt] de",
 * "ewa małpa wp kropka pl", "kasia na wp kropka pl", "priya dot raman at example dot org", and "@" told as the
 * usual sign ("teresa, ponto, valente, depois o símbolo do costume e sapo.pt"). Matched in the folded text (lower
 * case, no accents).
 */
const atWords = String.raw`usual sign|usual symbol|signe habituel|symbole habituel|ubliche zeichen|solito simbolo|simbolo habitual|simbolo de siempre|signo de siempre|simbolo do costume|sinal do costume|simbolo de sempre|gebruikelijke teken|zwykly znak|γνωστο συμβολο|bilinen isaret|at sign|at symbol|at|chez|bei|bij|en|na|em|su|presso|arobase|arroba|aroba|arobas|petit escargot|escargot|klammeraffchen|klammeraffe|at-zeichen|chiocciolina|chiocciola|apenstaartje|apestaart|malpka|malpa|παπακι|papaki|et isareti|kuyruklu a`;
const dotWords = String.raw`dot|point|punkt|punto|ponto|punt|kropka|τελεια|teleia|nokta`;
/** "Then", "after that": a word that spells an address out step by step ("aysekaya.izmir, ardından et işareti, sonra hotmail nokta com"). */
const thenWords = String.raw`then|next|puis|ensuite|dann|danach|poi|quindi|luego|despues|entonces|depois|daarna|dan|potem|nastepnie|μετα|επειτα|sonra|ardindan`;
/** An article before a spelled-out sign ("puis le petit escargot", "then a dot"), and "and" before the last part ("un point et ch"). */
const signArticles = String.raw`the|a|an|le|la|l|un|une|der|die|das|ein|eine|il|lo|el|o|uma|um|de|het|een|το|ενα|bir`;
/** The article before the sign, written out or elided ("puis l'arobase", "poi l'at"). */
const signArticle = String.raw`(?:(?:${signArticles})\s+|(?:l|d|dell|all)['’]\s*)`;
const andWords = String.raw`and|et|und|e|y|i|en|ve|και`;
/** Brackets around a word for "@" or "." ("(at)", "(poi la chiocciolina)"): ASCII ones, and the angle, guillemet and full-width ones ("⟨apenstaartje⟩"). */
const openBracket = String.raw`[\[({<⟨‹«〈（［]`;
const closeBracket = String.raw`[\])}>⟩›»〉）］]`;
const isOpenBracket = new RegExp(`^${openBracket}$`, 'u');
/**
 * A separator: the sign itself, or one of its words in brackets or between spaces (never inside another
 * word), or spelled out between commas after a "then"; a dot's word also after a comma alone ("libero,
 * punto it"), which an "at" never is ("las inscripciones, en alumni.cern").
 */
const separator = (sign: string, words: string) =>
  String.raw`(?:\s*${sign}\s*|${sign === '@' ? String.raw`\s*,?\s*(?:${domainWords})\s+|` : ''}\s*${openBracket}\s*(?:(?:${thenWords})\s+)?(?:${signArticle})?(?:${sign}|${words})\s*${closeBracket}\s*|\s+(?:${words})\s+|\s*,\s*(?:(?:${thenWords})\s+)?(?:${signArticle})?(?:${words})\s*(?:,\s*(?:(?:${andWords})\s+)?(?:(?:${thenWords})\s+)?|\s+(?:${andWords})\s+${sign === '@' ? '' : String.raw`|\s+`}))`;
const disguisedEmail = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-@])([\p{L}\p{N}][\p{L}\p{N}._%+-]*(?:${separator(String.raw`\.`, dotWords)}[\p{L}\p{N}_%+-]+)*)(${separator('@', `ät|${atWords}`)})([\p{L}\p{N}][\p{L}\p{N}-]*)((?:${separator(String.raw`\.`, dotWords)}[\p{L}\p{N}-]+)+)(?![\p{L}\p{N}])`,
  'gu',
);
/** Where an address can be: an "@", a word for it (after a space or an elided article), or a bracket. Most text has none, and the costly pattern is only tried around those that are there. */
const atSign = new RegExp(String.raw`@|${openBracket}|[\s'’](?:ät|${atWords})[\s,]`, 'gu');
/** The same, with the words that name a domain, for the few texts that have one: most have no "domain" to look for at each space. */
const atSignOrDomain = new RegExp(String.raw`@|${openBracket}|[\s'’](?:ät|${domainWords}|${atWords})[\s,]`, 'gu');
const mayNameDomain = /dom(?:ai|in|ein|en)/;
/** How far before its "at" an address can start, and after it end. */
const [addressBefore, addressAfter] = [120, 200];
/** After a bracket, the rest of a bracketed "at": "(at)", "[ät]", "<@>". */
const bracketedAt = new RegExp(String.raw`\s*(?:(?:${thenWords})\s+)?(?:${signArticle})?(?:@|ät|${atWords})\s*${closeBracket}`, 'uy');
/** After an "at", the start of a domain: a name, then a dot or a word for it, then more name. */
const domainAhead = new RegExp(String.raw`\s*,?\s*(?:(?:${andWords})\s+)?(?:(?:${thenWords})\s+)?[\p{L}\p{N}][\p{L}\p{N}-]*${separator(String.raw`\.`, dotWords)}[\p{L}\p{N}-]`, 'uy');

/** Whether a domain can follow the sign as an address needs: most brackets and "at"s of a text are no part of one. */
function mayStartDomain(folded: string, sign: RegExpExecArray): boolean {
  let end = sign.index + sign[0].length;
  if (isOpenBracket.test(sign[0])) {
    bracketedAt.lastIndex = end;
    if (!bracketedAt.test(folded)) return false;
    end = bracketedAt.lastIndex;
  }
  domainAhead.lastIndex = end;
  return domainAhead.test(folded);
}

/** The last part of an address: its top-level domain when it is one. */
const lastPartOf = (address: string) => /[\p{L}\p{N}-]+$/u.exec(address)?.[0] ?? '';
/** A domain part after a dot or a word for it, at the end of an address. */
const lastDomainPart = new RegExp(String.raw`${separator(String.raw`\.`, dotWords)}[\p{L}\p{N}-]+$`, 'u');
/**
 * The address up to its last part that is a real top-level domain: "… hotmail nokta com. genelde" runs
 * on past the end of its sentence ("com. Genelde …"), as "." may stand between the parts with spaces.
 */
function realDomainEnd(address: string): string {
  let trimmed = address;
  while (!topLevelDomains.has(lastPartOf(trimmed))) {
    const shorter = trimmed.replace(lastDomainPart, '');
    // A domain keeps at least one part after its name.
    if (shorter === trimmed || !lastDomainPart.test(shorter)) break;
    trimmed = shorter;
  }
  return trimmed;
}

/** The disguised addresses in a folded text, each once. */
function* disguisedEmails(folded: string): Generator<RegExpExecArray> {
  let searchedTo = 0;
  for (const sign of folded.matchAll(mayNameDomain.test(folded) ? atSignOrDomain : atSign)) {
    if (!mayStartDomain(folded, sign)) continue;
    const from = Math.max(searchedTo, sign.index - addressBefore);
    if (from > sign.index) continue;
    const window = folded.slice(0, sign.index + addressAfter);
    disguisedEmail.lastIndex = from;
    for (let match = disguisedEmail.exec(window); match; match = disguisedEmail.exec(window)) {
      searchedTo = match.index + match[0].length;
      if (match.index > sign.index) break;
      yield match;
    }
    searchedTo = Math.max(searchedTo, sign.index + 1);
  }
}

const spelledDot = new RegExp(String.raw`\s(?:${dotWords})\s`, 'u');
/** "at", "chez", "bei", "en", "na" are ordinary words ("we meet at Lyon", "chez Paul"): disguising with them counts only in brackets, or with a mail provider. */
const ambiguousAt = /^\s*(?:at|chez|bei|bij|en|na|em|su|presso)\s*$/;
const mailProviders = new Set(['gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'icloud', 'me', 'aol', 'gmx', 'web', 'posteo', 't-online', 'laposte', 'orange', 'free', 'sfr', 'wanadoo', 'libero', 'tiscali', 'virgilio', 'alice', 'tin', 'fastwebnet', 'uol', 'bol', 'terra', 'sapo', 'wp', 'onet', 'o2', 'interia', 'protonmail', 'proton', 'tutanota', 'mail', 'ziggo', 'kpnmail', 'telenet', 'bluewin', 'hispeed', 'seznam', 'yandex']);
const topLevelDomains = new Set<string>(tlds);
const fileExtensions = new Set(['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'txt', 'csv', 'png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'zip', 'mp3', 'mp4', 'mov', 'ics', 'md', 'html']);
/** Mail services whose names are no ordinary words ("live", "free", "outlook" and Italian "libero" are). */
const namedMailServices = ['gmail', 'googlemail', 'hotmail', 'icloud', 'gmx', 'posteo', 'laposte', 'wanadoo', 'tiscali', 'fastwebnet', 'interia', 'protonmail', 'tutanota', 'ziggo', 'kpnmail', 'bluewin', 'seznam', 'yandex'];
/** A mail service named as a word ("Hotmail"), or any written as its domain ("outlook.com", "libero.it"). */
const mailService = String.raw`(?:${namedMailServices.join('|')})(?![\p{L}\p{N}]|\.[\p{L}\p{N}])|(?:${[...mailProviders].join('|')})\.[a-z]{2,3}(?:\.[a-z]{2})?(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`;
/** A user name (letters and digits joined by "_" or "."), then within a few words its mail service: "rocio_almansa —su usuario de Hotmail", "thiagolemos.sp — é no outlook.com". */
const userNamesThenProviders = new RegExp(String.raw`(?<![\p{L}\p{N}@./:_-])[\p{L}\p{N}]+(?:[._][\p{L}\p{N}]+)+(?![\p{L}\p{N}@/:_-]|\.[\p{L}\p{N}])(?:[^\p{L}\p{N}
]+[\p{L}\p{N}]+){0,5}?[^\p{L}\p{N}
]+(?:${mailService})`, 'gu');
const namesMailService = new RegExp(String.raw`${namedMailServices.join('|')}|(?<![\p{L}\p{N}])(?:${[...mailProviders].join('|')})\.[a-z]`, 'u');

/** Links that call, text or mail someone. */
const contactSchemes = /^\s*(?:mailto|tel|callto|sms|facetime):/i;
/** Contact cards a QR code can hold: a vCard, a MeCard, a prepared e-mail or text message. */
const contactCard = /^\s*(?:BEGIN:VCARD|MECARD:|MATMSG:|SMSTO:)/i;
/** Click-to-chat links carry a phone number: wa.me/41791234567, api.whatsapp.com/send?phone=…. */
const numberInChatLink = /^(?:wa\.me\/\+?(\d{7,15})|(?:api\.)?whatsapp\.com\/send\/?\?(?:.*&)?phone=\+?(\d{7,15}))/i;

/**
 * A run of digits with the separators phone numbers use (spaces, dots, dashes, slashes, parentheses),
 * optionally after + or 00. Whether it is a phone number is decided by `isPhoneNumber`.
 */
const phoneCandidatePattern = /(?<![\w@/:.,+\-–])(?:\+\s?|\(\+?)?\d(?:[\d().\-–—·/ \u00a0]|\s(?=[\d(]))*\d\)?(?![\w/@]|[.,-]\d)/g;
/**
 * Numbers that are not to be called, by the word before them: identifiers (ISBN, DOI, arXiv, IBAN,
 * SIRET), meeting IDs and passcodes, references to volumes and pages, versions.
 */
const identifierWords = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:isbn|issn|doi|arxiv|orcid|iban|bic|swift|siret|siren|rna|tva|vat|ust|ust-id|ref|order|invoice|ticket|case|version|v|id|meeting|meeting id|zoom|webex|teams|reunion|riunione|reuniao|vergadering|spotkania|besprechung|sitzung|passcode|password|code|kenncode|kennwort|pin|kod|senha|codice|codigo|identifiant|identificativo|identificador|kennung|nummer der sitzung|vol|volume|bd|band|tome|pp|p|pages|seiten|s|nr d'ordre|dossier|reservation|booking|confirmation|reservierung|buchung|prenotazione|reserva|reservacion|reservering|boeking|rezerwacji|rezerwacja|κρατηση|κρατησης|rezervasyon|(?!telefon|telefoon|handy|ruf|fax|mobil|mobiel|tel)\p{L}+nummer)(?:[\s-]*(?:number|nummer|numero|numer|nr|num))?\.?\s*(?:[:#-]|n[o°º.]?)?\s*$`,
  'u',
);
/** Words that announce a number to call or text, in the network's languages: a short number after them is a phone number too. */
const contactWordList = String.raw`tel|tel\.?-?nr|telephone|telefon|telefone|telefono|telefoon|phone|mobile|cell|call|ring|text|sms|fax|whatsapp|signal|portable|appel(?:ez|er|le|lez-la|lez-le)|handy|anruf(?:en)?|ruft|mobil|cellulare|chiam(?:a|ate|are|atelo|atela)|movil|llam(?:ad|a|ar|en|adme)|celular|telemovel|lig(?:ue|a|ar|uem|arem|ando)|bel|bell(?:en|t)?|mobiel|komorka|(?:za)?dzwo\p{L}*|zadzwon|dzwon|numero|nummer|rufnummer|handynummer|aray\p{L}*|cep telefon\p{L}*|gsm|natel|mob|kom|tlm|tlmv|tlf|tfno|telf|telef|τηλ|τηλεφωνο|κινητο|κιν`;
const contactWords = new RegExp(String.raw`(?:^|[^\p{L}])(?:${contactWordList})\.?\s*(?:[:#(+]|n[o°º.]?)?[\s:.]*$`, 'u');
/** The same words a little before the number, in its sentence ("appelez-la le soir au 06 …"): a number in the shape of the country's numbers is one to call. */
const contactWordsNearby = new RegExp(String.raw`(?:^|[^\p{L}])(?:${contactWordList})(?![\p{L}])[^.!?;]*$`, 'u');
const currencyBefore = /(?:\b(?:chf|eur|usd|gbp|jpy|kes|inr|cad|aud|sfr|fr|rs|ksh|brl|mxn|ars|pln|zl|try|tl)\.?|[€$£¥₹]|r\$)\s*$/i;
const currencyAfter = /^\s*(?:chf|eur|usd|gbp|jpy|kes|inr|euros?|francs?|dollars?|pounds?|yen|shillings?|rupees?|reais|pesos|z[lł]|zloty|lira|[€$£¥₹])(?![\p{L}])/iu;

/** The countries whose numbers a page most likely gives: the group's own, then those of the page's language. */
const countriesOfLanguage: Record<string, CountryCode[]> = {
  eng: ['GB', 'US', 'IE', 'CA', 'AU'],
  fra: ['FR', 'CH', 'BE', 'CA'],
  deu: ['DE', 'AT', 'CH'],
  ita: ['IT', 'CH'],
  spa: ['ES', 'MX', 'AR', 'CO', 'CL'],
  por: ['PT', 'BR'],
  nld: ['NL', 'BE'],
  pol: ['PL'],
  ell: ['GR', 'CY'],
  tur: ['TR'],
};
export default defineRule({
  id: 'personal-data',
  severity: 'error',
  summary: 'no e-mail addresses or phone numbers, in the body or any text field',
  guideline: 'managing-a-group#personal-data',
  rationale:
    'A group page is public and copied by search engines and scrapers. Contact details published there are exposed for good, and alumni are meant to reach a group through the alumni platform, where their data stays with the office.',
  translations: {
    fr: {
      summary: 'aucune adresse électronique ni aucun numéro de téléphone, ni dans le corps ni dans un champ de texte',
      rationale:
        'La page d’un groupe est publique, et les moteurs de recherche et les robots d’extraction la copient. Les coordonnées qui y sont publiées restent exposées définitivement, et les alumni sont censés contacter un groupe par la plateforme des alumni, où leurs données restent auprès du bureau.',
    },
  },
  examples: {
    valid: [
      { title: 'Dates, times, prices and a postcode', translations: { fr: { title: 'Des dates, des heures, des prix et un code postal' } }, body: 'We meet on 2026-07-04 from 18:30–20:00 at Rue de la République 12, 69002 Lyon. Dinner is CHF 20 at your own cost; in 2025 we were 35 alumni.\n' },
      { title: 'Standards, versions and links with digits or an @', translations: { fr: { title: 'Des normes, des versions et des liens contenant des chiffres ou un @' } }, body: 'Our talk covers ISO 9001 and ROOT v6.30.02. Follow us on [Mastodon](https://mastodon.social/@{organization}alumni_lyon) or see [the photos](https://www.flickr.com/photos/12345678@N00/albums/72177720312345678).\n' },
      { title: 'A large amount and an ISBN', translations: { fr: { title: 'Un montant élevé et un ISBN' } }, body: 'The LHC cost about CHF 4 600 000 000. Our book club reads ISBN 978-0-19-850166-5 this month.\n' },
      { title: 'A meeting ID and a passcode', translations: { fr: { title: 'Un identifiant de réunion et un code d’accès' } }, body: 'Zoom meeting ID: 845 2231 9987, passcode 271828.\n' },
      { title: 'A journal reference', translations: { fr: { title: 'La référence d’un article de revue' } }, body: 'We read Phys. Lett. B 716 (2012) 1–29, doi:10.1016/j.physletb.2012.08.020.\n' },
      { title: 'A group name with an @ in a handle, and a range of years', translations: { fr: { title: 'Un nom de groupe avec un @ dans un identifiant, et une plage d’années' } }, frontmatter: 'summary: Alumni who worked on LEP between 1989 and 2000 meet once a year (hashtag @LEPalumni).' },
    ],
    invalid: [
      { title: 'An e-mail address in the body', translations: { fr: { title: 'Une adresse électronique dans le corps' } }, body: 'Questions? Write to lyon.alumni@example.org.\n', reports: [{ at: 'lyon.alumni@example.org', message: 'Remove the e-mail address "lyon.alumni@example.org": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A mailto: link', translations: { fr: { title: 'Un lien mailto:' } }, body: 'Contact [the managers](mailto:managers@example.org).\n', reports: [{ at: '[the managers](mailto:managers@example.org)', message: 'Remove this mailto: link: group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'An international phone number', translations: { fr: { title: 'Un numéro de téléphone international' } }, body: 'Call Claire on +33 6 12 34 56 78 before the picnic.\n', reports: [{ at: '+33 6 12 34 56 78', message: 'Remove the phone number "+33 6 12 34 56 78": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A local phone number with parentheses', translations: { fr: { title: 'Un numéro de téléphone local avec des parenthèses' } }, body: 'Our host can be reached at (415) 555-0134.\n', reports: [{ at: '(415) 555-0134', message: 'Remove the phone number "(415) 555-0134": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A phone number in a plan location', translations: { fr: { title: 'Un numéro de téléphone dans le lieu d’une activité du plan' } }, frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Summer picnic\n      date: 2026-07-04\n      kind: event\n      location: Parc de la Tête d’Or, call 04 72 10 30 30', reports: [{ at: '04 72 10 30 30', message: 'Remove the phone number "04 72 10 30 30": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'An e-mail address in a manager’s name', translations: { fr: { title: 'Une adresse électronique dans le nom d’un gestionnaire' } }, frontmatter: 'managers:\n  - name: Claire Martin (claire@example.org)\n    github: claire-martin\n  - name: Karim Haddad\n    github: khaddad', reports: [{ at: 'claire@example.org', message: 'Remove the e-mail address "claire@example.org": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A number without spaces, in German', translations: { fr: { title: 'Un numéro sans espaces, en allemand' } }, frontmatter: 'region: München, Deutschland', body: 'Fragen an Markus: 017623456789\n', reports: [{ at: '017623456789', message: 'Remove the phone number "017623456789": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A number in a click-to-chat link', translations: { fr: { title: 'Un numéro dans un lien qui ouvre une discussion' } }, body: 'Message Karim and he will add you: https://wa.me/33612457890\n', reports: [{ at: 'https://wa.me/33612457890', message: 'Remove the phone number in this link (+33612457890): group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'An address disguised in Italian', translations: { fr: { title: 'Une adresse déguisée, en italien' } }, body: 'Scriveteci a milano.alumni chiocciola gmail punto com.\n', reports: [{ at: 'milano.alumni chiocciola gmail punto com', message: 'Remove the e-mail address "milano.alumni chiocciola gmail punto com": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
      { title: 'A disguised e-mail address', translations: { fr: { title: 'Une adresse électronique déguisée' } }, body: 'Write to claire [at] example [dot] org to join.\n', reports: [{ at: 'claire [at] example [dot] org', message: 'Remove the e-mail address "claire [at] example [dot] org": group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.' }] },
    ],
  },
  check(group, { report }) {
    const reportOnce = oncePerPlace(report);
    const remove = (what: string) => `Remove ${what}: group pages must not publish contact details. Readers reach the group by joining it on the alumni platform.`;
    for (const address of addresses(group)) {
      const handle = address.kind === 'link' ? fediverseHandle(group, address.url, address.label, address.range) : undefined;
      const chatNumber = numberInChatLink.exec(address.url.replace(/^https?:\/\/(?:www\.)?/, ''));
      if (address.kind === 'qr' && (contactSchemes.test(address.url) || contactCard.test(address.url))) {
        reportOnce(address.range, remove(`this QR code picture: it holds contact details (${address.url.split(/[\r\n]/)[0]?.slice(0, 60)}…)`));
      } else if (handle) {
        reportOnce(address.range, `Markdown publishes "${handle.address}" as an e-mail link. To point readers to the account, link its profile instead: [@${handle.address}](https://${handle.host}/@${handle.user}).`);
      } else if (contactSchemes.test(address.url)) {
        const scheme = address.url.trim().split(':')[0]?.toLowerCase();
        const written = address.label && emailPattern.test(address.label) ? `the e-mail address "${address.label}"` : `this ${scheme}: link`;
        emailPattern.lastIndex = 0;
        reportOnce(address.range, remove(written));
      } else if (chatNumber) {
        reportOnce(address.range, remove(`the phone number in this link (+${chatNumber[1] ?? chatNumber[2]})`));
      } else if (address.kind !== 'text' && emailInAddress(address.url)) {
        reportOnce(address.range, remove(`the e-mail address in this link (${emailInAddress(address.url)})`));
      }
    }
    const spans = readableText(group);
    for (const { match, range } of matchesIn(spans.filter((span) => span.text.includes('@')), emailPattern)) reportOnce(range, remove(`the e-mail address "${match[0]}"`));
    for (const text of wordedText(group)) {
      // "a@b.co" is the shortest address: a table of thousands of one-letter cells is looked through at once.
      if (text.folded.length < 6) continue;
      for (const match of disguisedEmails(text.folded)) {
        const [, local = '', at = '', domain = ''] = match;
        const whole = realDomainEnd(match[0]);
        const tld = lastPartOf(whole);
        // A plain address is the e-mail pattern's (as written: "＠" only looks like one); this one is for disguised ones, whose last part must be a real domain.
        const written = text.span.text.slice(match.index, match.index + whole.length);
        if (/^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+$/u.test(written) || !topLevelDomains.has(tld)) continue;
        if (ambiguousAt.test(at) && !/[._\d]/.test(local) && !spelledDot.test(local) && !mailProviders.has(domain)) continue;
        // "arXiv:2403.01234 en Phys. Med. Biol.": a number before an ordinary "en" or "at" is a reference, not a name to write to.
        if (ambiguousAt.test(at) && !/\p{L}/u.test(local)) continue;
        // "tag @cernalumni.madrid.foto": an "@" that starts a word is an account's handle, not a spaced-out address.
        if (/^\s+@$/.test(at)) continue;
        reportOnce(text.span.rangeOf(match.index, match.index + whole.length), remove(`the e-mail address "${text.span.text.slice(match.index, match.index + whole.length)}"`));
      }
    }
    // "rocio_almansa — su usuario de Hotmail": a user name, and the mail service it is at, named in words.
    for (const text of wordedText(group)) {
      // Most texts name no mail service at all: looked for first, as plain substrings.
      if (!namesMailService.test(text.folded)) continue;
      for (const found of text.folded.matchAll(userNamesThenProviders)) {
        // "slides_2026.pdf", "cern.ch": a file or a domain, not a user name.
        const handle = /^[\p{L}\p{N}._]+/u.exec(found[0])?.[0] ?? '';
        const lastPart = handle.includes('.') ? handle.slice(handle.lastIndexOf('.') + 1) : '';
        // "13.00 pranzo": a time or a number, with no letter, is no user name either.
        if (fileExtensions.has(lastPart) || topLevelDomains.has(lastPart) || !/\p{L}/u.test(handle)) continue;
        const end = found.index + found[0].length;
        reportOnce(text.span.rangeOf(found.index, end), remove(`the e-mail address "${text.span.text.slice(found.index, end)}"`));
      }
    }
    const countries = likelyCountries(group);
    for (const { span, match, range } of matchesIn(spans, phoneCandidatePattern)) {
      if (isPhoneNumber(span, match, countries)) reportOnce(range, remove(`the phone number "${match[0].trim()}"`));
    }
    for (const text of wordedText(group)) {
      for (const [start, end] of spelledNumbers(text)) reportOnce(text.span.rangeOf(start, end), remove(`the phone number "${text.span.text.slice(start, end)}"`));
    }
    for (const text of wordedText(group)) {
      for (const [start, end] of addressesDescribed(text)) reportOnce(text.span.rangeOf(start, end), remove(`the e-mail address described as "${text.span.text.slice(start, end)}"`));
    }
    for (const parts of numbersSplitOverSpans(wordedText(group))) {
      const written = parts.map(([text, start, end]) => `"${text.span.text.slice(start, end)}"`).join(' and ');
      for (const [text, start, end] of parts) reportOnce(text.span.rangeOf(start, end), remove(`the phone number split over two lines (${written})`));
    }
  },
});

/** Hundreds: "beş yüz otuz iki" is three digits. */
const hundredWords = new Set(['hundred', 'cent', 'hundert', 'cento', 'cien', 'ciento', 'cem', 'honderd', 'sto', 'εκατο', 'εκατον', 'yuz']);
/** "Treinta y tres", "trinta e três", "vingt et un": the word between the tens and the unit. */
const tensJoiners = new Set(['y', 'e', 'et', 'i', 'και', 've']);


/** The shortest numbers people share have eight digits or more; prose never names eight digits in a row, but to count. */
const spelledNumberDigits = 8;

/**
 * Runs of number words that make eight digits or more, and do not count up or down ("neun, acht,
 * sieben…"), as [start, end) of the span's text. A run of eight digits takes four words at least, so
 * one of any four words in a row is looked up first.
 */
function* spelledNumbers(text: WordedSpan): Generator<[number, number]> {
  const { words } = text;
  for (let probe = 0; probe < words.length; probe += 4) {
    // The probe may fall on the "then" inside a run ("sześćset jeden, potem 23.45.67").
    const onConnector = runConnectors.has((words[probe] as Word).text) && probe > 0 && numberTokenValue(text, probe - 1) !== undefined;
    if (numberTokenValue(text, probe) === undefined && !onConnector) continue;
    const first = runStart(text, probe);
    const run = numberRun(text, first);
    if (isSpelledPhoneNumber(run)) yield [(words[first] as Word).start, (words[run.end - 1] as Word).end];
    while (probe + 4 < run.end) probe += 4;
  }
}

/** Two number words at least, and eight digits: digits alone ("2019 2021 2023") are the digits' pattern's to judge. */
const isSpelledPhoneNumber = (run: NumberRun) => run.digits >= spelledNumberDigits && run.spelled >= 2 && !counts(run.groups);

interface NumberRun {
  /** The index of the word after the run. */
  end: number;
  digits: number;
  spelled: number;
  groups: number[];
}

/** The value of the word at `at` as part of a spoken number: digits ("418", a mobile prefix "07911"), a number word, a hundred or a whole hundreds word ("sześćset"). */
function numberTokenValue(text: WordedSpan, at: number): number | undefined {
  const word = (text.words[at] as Word).text;
  // Turkish "on" (ten) is English's "on" on any other page ("Text Priya on 07911 …").
  if (word === 'on' && text.language() !== 'tur') return undefined;
  return /^\d{1,5}$/.test(word) ? Number(word) : hundredWords.has(word) ? 100 : (hundredsValues.get(word) ?? numberValue(word));
}

/**
 * Whether the word at `at` goes on the run before it: in the same sentence, or after a number with only
 * punctuation and one line break between ("512 . 47 . 06", "487 ·\n305"), which hides a number, not a
 * sentence's end.
 */
function continuesRun(text: WordedSpan, at: number): boolean {
  const word = text.words[at] as Word;
  if (!word.startsSentence) return true;
  const previous = text.words[at - 1];
  if (!previous || numberTokenValue(text, at - 1) === undefined) return false;
  const gap = text.span.text.slice(previous.end, word.start);
  return /^[\s.·\/\-–—,:;()]*$/.test(gap) && (gap.match(/\n/g)?.length ?? 0) <= 1;
}

/** The first word of the number run the word at `at` is part of. */
function runStart(text: WordedSpan, at: number): number {
  let first = at;
  while (first > 0 && continuesRun(text, first) && (numberTokenValue(text, first - 1) !== undefined || repeatWords.has((text.words[first - 1] as Word).text) || joinsTens(text, first - 1))) first--;
  return first;
}

/** Whether the word at `at` joins tens and a unit ("treinta y uno"): a joiner after a number, in the same sentence. */
const joinsTens = (text: WordedSpan, at: number) => at > 0 && tensJoiners.has((text.words[at] as Word).text) && continuesRun(text, at) && numberTokenValue(text, at - 1) !== undefined;

/** The number run that starts at the word `first`: its digits, its words, and "then" between its parts ("sześćset jeden, potem 23.45.67"). */
function numberRun(text: WordedSpan, first: number): NumberRun {
  const { words } = text;
  const valueAt = (at: number) => numberTokenValue(text, at);
  // Tens, then a unit, with or without a word between, are one pair of digits ("trente-trois", "treinta y tres").
  const belowHundredAt = (at: number): { value: number; next: number; words: number } | undefined => {
    const value = valueAt(at);
    if (value === undefined || value >= 100) return undefined;
    const joined = value >= 20 && value % 10 === 0 && tensJoiners.has(words[at + 1]?.text ?? '') ? at + 2 : at + 1;
    const unit = value >= 20 && value % 10 === 0 && joined < words.length && continuesRun(text, joined) ? valueAt(joined) : undefined;
    // French counts on past sixty and eighty by the teens: "soixante et onze", "quatre-vingt-douze".
    const below = ['soixante', 'vingt'].includes((words[at] as Word).text) ? 20 : 10;
    return unit !== undefined && unit < below ? { value: value + unit, next: joined + 1, words: 2 } : { value, next: at + 1, words: 1 };
  };
  const groups: number[] = [];
  let digits = 0;
  let spelled = 0;
  let at = first;
  while (at < words.length && (at === first || continuesRun(text, at))) {
    const word = (words[at] as Word).text;
    // "Then", between two parts of the number.
    if (at > first && runConnectors.has(word) && at + 1 < words.length && continuesRun(text, at + 1) && valueAt(at + 1) !== undefined) {
      at++;
      continue;
    }
    // "Double-four", "triple oh": a digit said two or three times.
    const times = repeatWords.get(word);
    const repeated = times !== undefined && at + 1 < words.length && continuesRun(text, at + 1) && !/^\d+$/.test((words[at + 1] as Word).text) ? valueAt(at + 1) : undefined;
    if (times !== undefined && repeated !== undefined && repeated < 10) {
      for (let count = 0; count < times; count++) groups.push(repeated);
      digits += times;
      spelled++;
      at += 2;
      continue;
    }
    const value = valueAt(at);
    if (value === undefined) break;
    if (/^\d+$/.test(word)) {
      groups.push(value);
      digits += word.length;
      at++;
      continue;
    }
    spelled++;
    if (value === 100) {
      // After a unit ("beş yüz"), the unit already counted the hundreds digit.
      digits += groups.length > 0 && (groups.at(-1) as number) < 10 ? 0 : 1;
      groups.push(value);
      at++;
      continue;
    }
    if (value > 100) {
      // A whole hundreds word is three digits with what follows it below a hundred ("sześćset jeden": 601, "seiscientos cuarenta y seis": 646).
      groups.push(value);
      digits += 3;
      at++;
      const rest = at < words.length && continuesRun(text, at) && !/^\d+$/.test((words[at] as Word).text) ? belowHundredAt(at) : undefined;
      if (rest !== undefined) {
        spelled += rest.words;
        at = rest.next;
      }
      continue;
    }
    const pair = belowHundredAt(at) as { value: number; next: number };
    groups.push(pair.value);
    digits += pair.value >= 10 ? 2 : 1;
    at = pair.next;
  }
  return { end: at, digits, spelled, groups };
}

/** A digit said twice or three times, as English and French read out a number ("double-oh", "triple six"). */
const repeatWords = new Map([
  ['double', 2],
  ['triple', 3],
]);

/** "Then", "and then", between the parts of a number read out. */
const runConnectors = new Set(['then', 'puis', 'ensuite', 'dann', 'danach', 'poi', 'quindi', 'luego', 'despues', 'depois', 'daarna', 'dan', 'potem', 'μετα', 'sonra', 'ardindan']);

/** Whole hundreds written as one word, in the network's languages ("seicento", "sześćset", "εξακόσια"). */
const hundredsValues = new Map<string, number>(
  [
    'duecento doscientos duzentos dwiescie zweihundert tweehonderd διακοσια',
    'trecento trescientos trezentos trzysta dreihundert driehonderd τριακοσια',
    'quattrocento cuatrocientos quatrocentos czterysta vierhundert vierhonderd τετρακοσια',
    'cinquecento quinientos quinhentos piecset funfhundert vijfhonderd πεντακοσια',
    'seicento seiscientos seiscentos szescset sechshundert zeshonderd εξακοσια',
    'settecento setecientos setecentos siedemset siebenhundert zevenhonderd επτακοσια εφτακοσια',
    'ottocento ochocientos oitocentos osiemset achthundert achthonderd οκτακοσια οχτακοσια',
    'novecento novecientos novecentos dziewiecset neunhundert negenhonderd εννιακοσια εννεακοσια',
  ].flatMap((words, index) => words.split(' ').map((word): [string, number] => [word, (index + 2) * 100])),
);

/**
 * A number split over two lines or list items, each part too short to tell ("- première moitié :
 * zéro six, 47 21" then "- seconde moitié : 88 19"): the run that ends a span and the one that opens the
 * next, a few words in, make the number together. Each part as [span, start, end].
 */
function* numbersSplitOverSpans(texts: readonly WordedSpan[]): Generator<[WordedSpan, number, number][]> {
  for (let index = 0; index + 1 < texts.length; index++) {
    const [before, after] = [texts[index] as WordedSpan, texts[index + 1] as WordedSpan];
    if (before.span.field || after.span.field || before.words.length === 0) continue;
    const last = before.words.length - 1;
    if (numberTokenValue(before, last) === undefined) continue;
    const start = runStart(before, last);
    const tail = numberRun(before, start);
    let head = 0;
    while (head < Math.min(3, after.words.length) && numberTokenValue(after, head) === undefined) head++;
    if (head >= after.words.length || tail.end !== before.words.length) continue;
    const lead = numberRun(after, head);
    const lines = after.span.rangeOf(0, 0).line - before.span.rangeOf(before.span.text.length, before.span.text.length).endLine;
    const joined = { end: 0, digits: tail.digits + lead.digits, spelled: tail.spelled + lead.spelled, groups: [...tail.groups, ...lead.groups] };
    // One part at least is read out in words ("zéro six", "nul zes"): a word that only looks like a number ("um 19.15") is not enough.
    if (lines > 1 || Math.max(tail.spelled, lead.spelled) < 2 || !isSpelledPhoneNumber(joined)) continue;
    yield [
      [before, (before.words[start] as Word).start, (before.words[last] as Word).end],
      [after, (after.words[head] as Word).start, (after.words[lead.end - 1] as Word).end],
    ];
  }
}

/** A person's first name and last name, and a dot, in the network's languages: the parts of an address described. */
const firstNames = new Lexicon(['first name', 'firstname', 'given name', 'forename', 'prenom', 'vorname', 'nome', 'nome proprio', 'nombre', 'voornaam', 'imie', 'ονομα', 'adi', 'isim', 'ismi']);
const lastNames = new Lexicon([
  'last name', 'lastname', 'surname', 'family name', 'nom', 'nom de famille', 'nachname', 'familienname', 'cognome', 'apellido', 'apelido', 'sobrenome', 'achternaam', 'nazwisko', 'επωνυμο', 'soyadi', 'soyad',
]);
const dots = new Lexicon(dotWords.split('|'));

/**
 * An address described rather than written, so that no scraper reads it: "his first name, a dot, his
 * last name, and the provider is the big G", "o nome próprio, um ponto, o apelido". As [start, end).
 */
function* addressesDescribed(text: WordedSpan): Generator<[number, number]> {
  if (!dots.mayMatch(text) || !firstNames.mayMatch(text) || !lastNames.mayMatch(text)) return;
  const [dotsHere, lastsHere] = [byWord(text, dots.find(text)), byWord(text, lastNames.find(text))];
  for (const first of firstNames.find(text)) {
    for (let at = first.index + first.length; at <= first.index + first.length + 3; at++) {
      const dot = dotsHere[at];
      if (!dot || (text.words[at] as Word).startsSentence) continue;
      const last = lastsHere.slice(dot.index + 1, dot.index + 5).find((match) => match !== undefined && !(text.words[match.index] as Word).startsSentence);
      if (last) yield [first.start, last.end];
      break;
    }
  }
}

/** Whether numbers count up or down by one ("one, two, three…", a countdown). */
function counts(values: readonly number[]): boolean {
  const step = (values[1] as number) - (values[0] as number);
  return Math.abs(step) === 1 && values.every((value, index) => index === 0 || value - (values[index - 1] as number) === step);
}

/** An e-mail address carried inside a web address ("…/contact?email=claire@example.org"). */
function emailInAddress(url: string): string | undefined {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // An address that does not decode is looked at as it is.
  }
  const found = /[\w.%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}/i.exec(decoded.replace(/^[a-z]+:\/\/[^/]*/i, ''));
  return found?.[0];
}

/** The countries whose phone numbers the page most likely gives: the region's, then the language's. */
function likelyCountries(group: ParsedGroup): () => CountryCode[] {
  let found: CountryCode[] | undefined;
  return () => {
    if (!found) {
      const region = typeof group.data?.region === 'string' ? (countryOf(group.data.region) as CountryCode | undefined) : undefined;
      const language = wordedText(group)[0]?.language() ?? 'und';
      found = [...new Set([...(region ? [region] : []), ...(countriesOfLanguage[language] ?? []), 'US', 'GB'] as CountryCode[])];
    }
    return found;
  };
}

/** "@name@host" written out: Markdown links "name@host" as an e-mail address, though the author meant an account on a Mastodon-like server. */
function fediverseHandle(group: ParsedGroup, url: string, label: string | undefined, range: { line: number; column: number }): { address: string; user: string; host: string } | undefined {
  const address = /^mailto:([^@\s]+)@([^@\s]+)$/i.exec(url);
  if (!address || label !== `${address[1]}@${address[2]}`) return undefined;
  const lineText = group.text.split('\n')[range.line - 1] ?? '';
  if (lineText[range.column - 2] !== '@') return undefined;
  return { address: `${address[1]}@${address[2]}`, user: address[1] as string, host: address[2] as string };
}

/**
 * Whether a run of digits is a phone number someone could call: not an identifier, a date, a year, an
 * amount or an address in a link, and a valid number (libphonenumber-js) in international form, or in
 * the national form of a country the page likely speaks of. A national number without a leading 0 or
 * a bracketed area code must also be a mobile number, as the numbers people share mostly are.
 */
function isPhoneNumber(span: TextSpan, match: RegExpExecArray, countries: () => CountryCode[]): boolean {
  const candidate = match[0].trim();
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 6 || digits.length > 15) return false;
  const before = fold(span.text.slice(Math.max(0, match.index - 40), match.index));
  const after = span.text.slice(match.index + match[0].length, match.index + match[0].length + 12);
  if (insideUrl(span.text, match.index) || identifierWords.test(before.replace(/[\s:#()-]*$/, '')) || currencyBefore.test(before) || currencyAfter.test(after)) return false;
  if (/\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b|^\d{1,2}[./]\d{1,2}[./]\d{2}$/.test(candidate)) return false;
  // "06.06. 13.06.": days of the year as German and Polish write them, an old one struck through beside the new.
  if (candidate.split(/\s+/).every((part) => /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.?$/.test(part))) return false;
  // "Phys. Lett. B 716 (2012) 30": a citation, with its year in brackets.
  if (/\((?:19|20)\d\d\)/.test(candidate)) return false;
  // "1989 2000" or "2019 - 2026": years, not a number.
  if (candidate.split(/[^\d]+/).filter(Boolean).every((part) => /^(?:1[89]|20)\d\d$/.test(part))) return false;
  // 1 500 000 000 or 1.500.000.000: a large amount written with thousands separators, unless the
  // sentence asks to call it (Polish mobiles are written "601 234 567").
  if (/^\d{1,3}(?:([ .\u00a0])\d{3})(?:\1\d{3})+$/.test(candidate) && !contactWords.test(before) && !contactWordsNearby.test(before) && !isLocalMobile(candidate, countries)) return false;
  if (/^(?:\+|00[1-9])/.test(candidate)) return parsePhoneNumberFromString(candidate.replace(/^00/, '+'))?.isValid() === true;
  // A short internal number ("Tel. 767 6111"), announced as a number to call.
  if (contactWords.test(before)) return digits.length >= 6;
  if (digits.length < 7) return false;
  const trunkOrArea = /^(?:0|\()/.test(candidate);
  if (trunkOrArea && contactWordsNearby.test(before) && countries().some((country) => parsePhoneNumberFromString(candidate, country)?.isPossible() === true)) return true;
  return countries().some((country) => {
    const number = parsePhoneNumberFromString(candidate, country);
    if (!number?.isValid() || number.country !== country) return false;
    return trunkOrArea || ['MOBILE', 'FIXED_LINE_OR_MOBILE'].includes(number.getType() ?? '');
  });
}

/**
 * "936 204 817", "601 234 567": nine digits in three groups, as Portugal, Poland and Spain write their
 * mobile numbers, and a valid mobile number of a country the page likely speaks of. A round amount
 * ("600 000 000") is none.
 */
function isLocalMobile(candidate: string, countries: () => CountryCode[]): boolean {
  const groups = candidate.split(/[ .\u00a0]/);
  if (groups.length !== 3 || groups.some((group) => group.length !== 3) || groups.slice(1).some((group) => group === '000')) return false;
  return countries().some((country) => {
    const number = parsePhoneNumberFromString(candidate, country);
    return number?.isValid() === true && number.country === country && number.getType() === 'MOBILE';
  });
}

/** Digits inside an address written out in the text (https://example.org/events/2026061512) are not a phone number. */
function insideUrl(text: string, index: number): boolean {
  // The address's start is looked for a few hundred characters back at most, which any real address fits in.
  let start = index;
  while (start > 0 && index - start < 300 && !/\s/.test(text[start - 1] ?? ' ')) start--;
  const token = text.slice(start, index);
  return /:\/\/|^www\.|\//.test(token);
}
