import { cuss } from 'cuss';
import { PhraseList, proseOf } from '../text/prose.ts';
import { defineRule } from './define.ts';

/**
 * Words the retext-profanities list (cuss) rates as certainly profane but that are ordinary words,
 * names or places in group pages: "Ho Chi Minh City", "the Hooker telescope", "welfare", "a pansy".
 */
const ordinaryWords = [
  'booby', 'booty', 'bung', 'bule', 'chug', 'chugs', 'chunky', 'cocky', 'cumquat', 'dink', 'dinks', 'dipstick', 'dix', 'dong', 'dope', 'dumb', 'fu', 'gables', 'geezer', 'geez',
  'geni', 'gora', 'hapa', 'ho', 'hooker', 'hookers', 'hore', 'jeez', 'jig', 'jigs', 'jigger', 'jiggers', 'kum', 'kumquat', 'kwa', 'looser', 'niggle', 'niggled', 'niggles', 'niggling',
  'nigglings', 'nip', 'noonan', 'carruth', 'pansies', 'pansy', 'pom', 'poms', 'prick', 'pud', 'puss', 'quickie', 'rere', 'rigger', 'scallywag', 'slave', 'spit', 'spitter',
  'spunky', 'stringer', 'stupid', 'sucker', 'taff', 'tang', 'teste', 'tinker', 'tinkers', 'triplex', 'twinkie', 'uck', 'wab', 'welfare', 'whiz', 'whop', 'willie', 'wn',
  'yank', 'yanks',
];
/** Words the list only rates as possibly profane that are vulgar in every sense. */
const vulgarWords = ['bastard', 'bitch', 'bitches', 'boob', 'boobs', 'clit', 'damn', 'dildo', 'dyke', 'fag', 'fart', 'farted', 'farting', 'horny', 'porn', 'porno', 'pussy', 'shit', 'tits', 'turd'];

const profane = new PhraseList([...Object.entries(cuss).filter(([word, sureness]) => sureness >= 2 && !ordinaryWords.includes(word)).map(([word]) => word), ...vulgarWords]);

export default defineRule({
  id: 'profanity',
  severity: 'error',
  summary: 'no profane or vulgar words',
  guideline: 'social-media-conduct#well-being-of-others',
  rationale:
    'Offensive or vulgar words have no place on a page that carries the organization’s name. The list is retext-profanities’ (cuss), limited to the words it rates as certainly profane, plus a few it rates lower that are vulgar in every sense, minus ordinary words and names it would otherwise catch.',
  examples: {
    valid: [
      { title: 'Places and names that contain listed words', body: 'Our members in Ho Chi Minh City met the team of the Hooker telescope and talked about the welfare of young researchers.\n' },
      { title: 'Ordinary words', body: 'Tinker with detector models, spit-roast a lamb at the picnic, and win the booby prize at the quiz.\n' },
    ],
    invalid: [
      { title: 'A vulgar word in the body', body: 'The last picnic was a damn good day, no crap weather at all.\n', reports: [{ at: 'damn', message: 'Replace "damn": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }, { at: 'crap', message: 'Replace "crap": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
      { title: 'A profane word in a plan title', frontmatter: 'annualPlan:\n  year: 2026\n  activities:\n    - title: Bullshit bingo at the summer picnic\n      date: 2026-07-04\n      kind: event', reports: [{ at: 'Bullshit', message: 'Replace "Bullshit": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
      { title: 'A plural form', body: 'No assholes allowed.\n', reports: [{ at: 'assholes', message: 'Replace "assholes": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.' }] },
    ],
  },
  check(group, { report }) {
    const prose = proseOf(group);
    for (const match of profane.find(prose)) {
      report(prose.rangeOf(match.start, match.end), `Replace "${match.actual}": it is profane or vulgar, and group pages must not offend readers. Choose a neutral word.`);
    }
  },
});
