/**
 * Who speaks in a passage of a page. Managers paste messages into their pages: a message the office
 * sent, forwarded with its header ("From: Alumni Relations", "Subject: …"), speaks for the office, and
 * "our newsletter" there is the office's own.
 */
import type { Organization } from '../../config/organization.ts';
import type { ParsedGroup } from '../types.ts';
import { fold, foldedWords, type WordedSpan } from './words.ts';

/** A header's sender line, in the network's languages: "From:", "De :", "Von:", "Da:", "Van:", "Od:", "Από:", "Kimden:". */
const senderLine = /^(?:from|de|von|da|van|od|απο|kimden)\s*:\s*(.+)$/;
/** The header's other lines: subject, date, recipient. */
const headerLine = /^(?:subject|objet|betreff|oggetto|asunto|assunto|onderwerp|temat|θεμα|konu|date|datum|data|fecha|sent|envoye|gesendet|inviato|enviado|verzonden|wyslano|ημερομηνια|tarih|to|a|an|para|aan|do|προς|kime)\s*:/;
/** The line that opens a forwarded message: "---------- Forwarded message ----------", "Message transféré", "Weitergeleitete Nachricht". */
const forwardedLine =
  /(?:forwarded message|original message|message transfere|message d origine|weitergeleitete nachricht|ursprungliche nachricht|messaggio inoltrato|messaggio originale|mensaje reenviado|mensaje original|mensagem encaminhada|mensagem original|doorgestuurd bericht|oorspronkelijk bericht|przekazana wiadomosc|wiadomosc przekazana|oryginalna wiadomosc|προωθημενο μηνυμα|αρχικο μηνυμα|iletilen ileti|iletilen mesaj|orijinal mesaj)/;
/** "Platform", in the network's languages and in compounds ("alumniplatform"): where the office's members join groups. */
export const platformWords = ['platform*', 'plateforme*', 'plattform*', 'piattaforma', 'plataforma', 'platforma*', 'πλατφορμ*', 'alumniplatform*', 'alumniplattform*'];
/** A line that closes a pasted message: a rule of dashes, underscores, equals signs or stars. */
const closingLine = /^(?:[-_=*]\s*){3,}$/;
/** A lead-in is a short line; longer ones are not tried, so that no line's length makes the pattern slow. */
const leadInLength = 120;
/** A line that introduces a quoted message by its sender: "Fwd from the Alumni Relations office:", "The office wrote:". */
const leadInLine =
  /^(?:(?:fwd|fw|forwarded|message|transfere|weitergeleitet|inoltrato|reenviado|encaminhado|doorgestuurd)\s+)?(?:from|de la part d[eu]|von|da parte d[ei]l?|van|od|απο|kimden)\s+(.+?)\s*:$|^(.+?)\s+(?:wrote|writes|ecrit|a ecrit|schreibt|schrieb|scrive|ha scritto|escribe|escribio|escreve|escreveu|schrijft|schreef|pisze|napisal[oa]?|γραφει|εγραψε|yazdi|yaziyor)\s*:$/;
/** Words too general to tell an office by: "the Office of Alumni Relations" is told by "alumni relations". */
const generalNameWords = new Set(['the', 'of', 'for', 'and', 'office', 'team', 'service', 'department']);
/** "Office", "bureau", "Büro" … in a sender's name: the organization's office by its common name. */
export const officeWords = new Set(['office', 'offices', 'bureau', 'buro', 'buros', 'ufficio', 'oficina', 'escritorio', 'gabinete', 'kantoor', 'biuro', 'biura', 'biurze', 'γραφειο', 'γραφειου', 'ofisi', 'ofis', 'ofisin', 'ofisinin']);
/** The office in a compound, as Dutch and German write it: "Alumnibureau", "Alumnibüro", "Alumnikantoor". */
const officeCompound = /^\p{L}{3,}(?:bureau|buro|kantoor|office)$/u;

/** Whether a (folded) word names an office: "bureau", or a compound that ends with it. */
export const isOfficeWord = (word: string) => officeWords.has(word) || officeCompound.test(word);

const passagesOf = new WeakMap<ParsedGroup, readonly (readonly [number, number])[]>();

/** Whether the span is part of a message the organization's office sent, pasted into the page with its header. */
export function isSpokenByOffice(group: ParsedGroup, text: WordedSpan, organization: Organization): boolean {
  if (text.span.field || group.bodySource === undefined) return false;
  let passages = passagesOf.get(group);
  if (!passages) passagesOf.set(group, (passages = officePassages(group.bodySource, organization)));
  if (passages.length === 0) return false;
  const { line } = text.span.rangeOf(0, 0);
  return passages.some(([from, to]) => from <= line && line <= to);
}

/** The lines (1-based, inclusive) of each pasted message whose header names the office as its sender. */
function officePassages(body: string, organization: Organization): [number, number][] {
  if (!body.includes(':')) return [];
  const lines = body.split('\n').map((line) => fold(line.replace(/^[\s>]+/, '')).replace(/['’]/g, ' ').trim());
  const quoted = body.split('\n').map((line) => /^\s*>/.test(line));
  const office = { distinctive: foldedWords(organization.office.name).filter((word) => !generalNameWords.has(word)), network: new Set(foldedWords(organization.networkName)) };
  const passages: [number, number][] = [];
  for (let index = 0; index < lines.length; index++) {
    // "Fwd from the Alumni Relations office:", then the message as a quotation ("> …").
    const line = lines[index] as string;
    const leadIn = quoted[index] || line.length > leadInLength ? null : leadInLine.exec(line);
    if (leadIn && quoted[index + 1] && namesOffice((leadIn[1] ?? leadIn[2]) as string, office)) {
      let end = index + 1;
      while (end + 1 < lines.length && quoted[end + 1]) end++;
      passages.push([index + 2, end + 1]);
      index = end;
      continue;
    }
    const sender = senderLine.exec(lines[index] as string);
    if (!sender || !isHeader(lines, index) || !namesOffice(sender[1] as string, office)) continue;
    let end = index + 1;
    while (end < lines.length && !closingLine.test(lines[end] as string) && !(quoted[index] && !quoted[end] && lines[end] !== '')) end++;
    passages.push([index + 1, end]);
    index = end;
  }
  return passages;
}

/** Whether a sender line is part of a message's header: a forwarding line just before it, or another header line beside it. */
function isHeader(lines: readonly string[], index: number): boolean {
  for (let at = Math.max(0, index - 3); at < index; at++) if (forwardedLine.test(lines[at] as string)) return true;
  for (let at = Math.max(0, index - 2); at < Math.min(lines.length, index + 3); at++) if (at !== index && headerLine.test(lines[at] as string)) return true;
  return false;
}

/** Whether a sender's name is the office's: its distinctive words ("alumni relations"), or a word for an office with a word of the network's name ("CERN Alumni Office"). */
function namesOffice(sender: string, office: OfficeNames): boolean {
  const words = sender.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const has = (sequence: readonly string[]) => sequence.length > 0 && words.some((_, at) => sequence.every((word, offset) => words[at + offset] === word));
  return has(office.distinctive) || (words.some((word) => officeWords.has(word)) && words.some((word) => office.network.has(word)));
}

interface OfficeNames {
  distinctive: string[];
  network: Set<string>;
}
