/**
 * Bodies of 100 KB and more built to make a Markdown parser or a rule work hard: runs of delimiters that
 * never close, deep nesting at the allowed limit, thousands of links, addresses and numbers. The tests
 * hold the checker and the renderer to a bound on each; `npm run bench` prints their times.
 */
const atLeast = (unit: string, characters: number) => unit.repeat(Math.ceil(characters / unit.length));
const size = 120_000;

export const adversarialBodies: Record<string, string> = {
  'underscores inside words, at the emphasis limit': `${'_a'.repeat(9_999)}\n\n${atLeast('plain words here. ', size - 20_000)}`,
  'asterisks and underscores, at the emphasis limit': `${'*a_'.repeat(5_000)}\n\n${atLeast('plain words here. ', size - 15_000)}`,
  'link openers that never close': atLeast('[](', size),
  'link destinations that never close': atLeast('[a](', size),
  'image openers': atLeast('![[', size),
  'closing brackets and parentheses': atLeast('](', size),
  'backtick runs of every length': atLeast('a``', size),
  'angle brackets': atLeast('<a ', size),
  'entity starts': atLeast('&#', size),
  'escaped braces': atLeast('\\{ ', size),
  'footnote references': `${atLeast('[^a]', size)}\n\n[^a]: x`,
  'a wide table': `${'|a'.repeat(200)}\n${'|-'.repeat(200)}\n${atLeast(`${'|b'.repeat(200)}\n`, size)}`,
  'quotes nested at the limit': atLeast(`${'> '.repeat(99)}a\n`, size),
  'lists nested at the limit': atLeast(`${'- '.repeat(99)}a\n`, size),
  'links': atLeast('[a](https://example.org) ', size),
  'bare addresses': atLeast('www.example.com ', size),
  'e-mail addresses': atLeast('a@b.co ', size),
  'phone numbers': atLeast('+41 22 767 1234 ', size),
  'phone numbers without spaces': atLeast('+41-22-767-1234/', size),
  'digits': atLeast('1 2 3 4 5 6 7 8 9 0 ', size),
  'listed words': atLeast('whatsapp telegram donate paypal logo official ', size),
  'one sentence without an end': atLeast('we do not run a WhatsApp group and ', size),
  'chats closed and asked for, in one sentence': atLeast('ask for a WhatsApp group closed ', size),
  'claims and logos in quotation marks, in one sentence': atLeast('"the official group of CERN" with the CERN logo, ', size),
  'lists and forms closed, in one sentence': atLeast('our own mailing list was closed, send us your e-mail ', size),
  'masked words that Markdown reads as emphasis': atLeast('sh*t ', size),
  'numbers read out over list items': atLeast('- zero six\n- 12 34\n', size),
  'offers of a percentage off, in one sentence': atLeast('12% off, 10 % auf alle, ', size),
  'the organization’s contact point, in one sentence': atLeast('our group is the CERN point of contact and answers en son nom, ', size),
  'bank account numbers, a branch and a statement, in one sentence': atLeast('NL91 ABNA 0417 1643 00 wir sind die Außenstelle des Labors, gilt als Stellungnahme des CERN, not us, ', size),
  'raw HTML tags': atLeast('<b>', size),
  'words masked with signs, each one new': Array.from({ length: Math.ceil(size / 10) }, (_, index) => `q${index.toString(36)}!z@k `).join(''),
  'negations in opening clauses, in one sentence': atLeast('those who cannot come can donate and ', size),
  'negations between dashes, in one German sentence': atLeast('nicht – spenden – ', size),
  'offers and opening clauses, in one German sentence': atLeast('wer nicht kommt im angebot spenden ', size),
  'pages open to everyone, sentence after sentence': atLeast('Open to everyone, only for engineers. ', size),
  'chat invitations after quoted negations, in one sentence': atLeast('"no" WhatsApp group, ', size),
  'negations between straight quotes, in one sentence': atLeast('no "a" no "b" Discord server ', size),
  'codes, usual prices and half prices, in one sentence': atLeast('normally CHF 150 at the firm, code ALUMNI-26 at half price ', size),
};
