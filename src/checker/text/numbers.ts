/**
 * Numbers written as words in the network's languages, by value: digits, the numbers from ten to
 * nineteen, and the tens. People who spell out a phone number to dodge scrapers read it digit by digit
 * ("tre quattro sette") or in pairs ("null sieben neun, vier fünf sechs, zwölf, dreiunddreißig"), and a
 * "zéro" that starts such a number is no price of nothing.
 */
const numberValues = new Map<string, number>(
  [
    'zero oh null cero nul μηδεν sifir',
    'one un eins uno um een jeden ενα bir',
    'two deux zwei zwo due dos dois twee dwa δυο iki',
    'three trois drei tre tres drie trzy τρια uc',
    'four quatre vier quattro cuatro quatro cztery τεσσερα dort',
    'five cinq funf cinque cinco vijf piec πεντε bes',
    'six sechs sei seis zes szesc εξι alti',
    'seven sept sieben sette siete sete zeven siedem επτα εφτα yedi',
    'eight huit acht otto ocho oito osiem οκτω οχτω sekiz',
    'nine neuf neun nove nueve negen dziewiec εννεα εννια dokuz',
    'ten dix zehn dieci diez dez tien dziesiec δεκα on',
    'eleven onze elf undici once jedenascie εντεκα',
    'twelve douze zwolf dodici doce doze twaalf dwanascie δωδεκα',
    'thirteen treize dreizehn tredici trece treze dertien trzynascie',
    'fourteen quatorze vierzehn quattordici catorce catorze veertien czternascie',
    'fifteen quinze funfzehn quindici vijftien pietnascie',
    'sixteen seize sechzehn sedici dieciseis dezasseis dezesseis zestien szesnascie',
    'seventeen siebzehn diciassette diecisiete dezassete dezessete zeventien siedemnascie',
    'eighteen achtzehn diciotto dieciocho dezoito achttien osiemnascie',
    'nineteen neunzehn diciannove diecinueve dezanove dezenove negentien dziewietnascie',
  ]
    .flatMap((words, value) => words.split(' ').map((word): [string, number] => [word, value]))
    .concat(
      [
        'twenty vingt zwanzig venti veinte vinte twintig dwadziescia εικοσι yirmi',
        'thirty trente dreisig dreissig trenta treinta trinta dertig trzydziesci τριαντα otuz',
        'forty quarante vierzig quaranta cuarenta quarenta veertig czterdziesci σαραντα kirk',
        'fifty cinquante funfzig cinquanta cincuenta cinquenta vijftig piecdziesiat πενηντα elli',
        'sixty soixante sechzig sessanta sesenta sessenta zestig szescdziesiat εξηντα altmis',
        // Belgian and Swiss French say "septante", "huitante" and "nonante".
        'seventy septante siebzig settanta setenta zeventig siedemdziesiat εβδομηντα yetmis',
        'eighty huitante octante achtzig ottanta ochenta oitenta tachtig osiemdziesiat ογδοντα seksen',
        'ninety nonante neunzig novanta noventa negentig dziewiecdziesiat ενενηντα doksan',
      ].flatMap((words, index) => words.split(' ').map((word): [string, number] => [word, (index + 2) * 10])),
    ),
);
/** Every number word, for a pattern (longest first, so that "sixteen" is not read as "six"). */
export const numberWordsPattern = [...numberValues.keys()].sort((a, b) => b.length - a.length).join('|');
/** German and Dutch write 33 as one word, the unit first ("dreiunddreißig", "drieëndertig"). */
const unitAndTens = /^(.+?)(?:und|en)(zwanzig|dreisig|dreissig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;
/** Italian and Spanish write 23 as one word, the tens first ("ventitré", "veintitrés", "quarantacinque"). */
const tensAndUnit = /^(vent|trent|quarant|cinquant|sessant|settant|ottant|novant|veint)[ia]?(uno|un|due|dos|tre|tres|quattro|cuatro|cinque|cinco|sei|seis|sette|siete|otto|ocho|nove|nueve)$/;
const tensOfStem: Record<string, number> = { vent: 20, veint: 20, trent: 30, quarant: 40, cinquant: 50, sessant: 60, settant: 70, ottant: 80, novant: 90 };
/** The value of a number word, from 0 to 99; undefined for any other word. */
export function numberValue(word: string): number | undefined {
  const value = numberValues.get(word);
  if (value !== undefined || word.length < 6) return value;
  const italianOrSpanish = tensAndUnit.exec(word);
  if (italianOrSpanish) return (tensOfStem[italianOrSpanish[1] as string] as number) + (numberValues.get(italianOrSpanish[2] as string) as number);
  if (word.length < 9 || !/[zst]ig$/.test(word)) return undefined;
  const compound = unitAndTens.exec(word);
  const [unit, tens] = compound ? [numberValues.get(compound[1] as string), numberValues.get(compound[2] as string)] : [];
  return unit !== undefined && unit < 10 && tens !== undefined ? tens + unit : undefined;
}
