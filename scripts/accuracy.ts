/**
 * `npm run accuracy [-- --verbose]`: precision and recall of every content rule on the labelled corpus
 * (test/fixtures/corpus/), and separately on its held-out part and on the parts written apart from the
 * rules (the corpus README says how each is used). With --verbose, the cases each rule gets wrong. The
 * tests hold every rule to 0.95 on the whole corpus and on every part but the latest.
 */
import { corpus, corpusParts, reportedByCase, rightVerdicts, score, type CorpusCase, type CorpusPart } from '../test/helpers/corpus.ts';

const verbose = process.argv.includes('--verbose');
const titles: Record<CorpusPart, string> = {
  tuning: 'Corpus',
  'held-out': 'Held-out part',
  unseen: 'Part written apart from the rules',
  'unseen-2': 'Second part written apart from the rules',
  'unseen-3': 'Third part written apart from the rules (whole pages)',
  'unseen-4': 'Fourth part written apart from the rules',
  'unseen-5': 'Fifth part written apart from the rules',
  'unseen-6': 'Sixth part written apart from the rules (formal minutes and reports)',
  'unseen-7': 'Seventh part written apart from the rules (two languages mixed, rich Markdown)',
  'unseen-8': 'Eighth part written apart from the rules (social posts, event logs, front matter)',
  'unseen-9': 'Ninth part written apart from the rules (clubs, careers, reunions, histories)',
  'unseen-10': 'Tenth part written apart from the rules (whole chapter pages)',
  'unseen-11': 'Eleventh part written apart from the rules (pages written in a hurry, messages pasted in)',
  'unseen-12': 'Twelfth part written apart from the rules (pages that have lived for years)',
  'unseen-13': 'Thirteenth part written apart from the rules (rules got round on purpose)',
  'unseen-14': 'Fourteenth part written apart from the rules (whole pages, as varied as real groups)',
  'unseen-15': 'Fifteenth part written apart from the rules (pages by every kind of author)',
  'unseen-16': 'Sixteenth part written apart from the rules (affinity and interest groups)',
  'unseen-17': 'Seventeenth part written apart from the rules (whole pages of any group)',
  'unseen-18': 'Eighteenth part written apart from the rules (the money of events, groups changing hands)',
  'unseen-19': 'Nineteenth part written apart from the rules (outreach, partners, jobs and trips)',
  'unseen-20': 'Twentieth part written apart from the rules (inclusion and the practical details of events)',
  'unseen-21': 'Twenty-first part written apart from the rules (humour, irony and other people’s words)',
  'unseen-22': 'Twenty-second part written apart from the rules (a group’s life: handovers, meetings, mergers, pauses)',
  'unseen-23': 'Twenty-third part written apart from the rules (numbers, codes and special occasions)',
  'unseen-24': 'Twenty-fourth part written apart from the rules (reports, interviews and other people’s words)',
  'unseen-25': 'Twenty-fifth part written apart from the rules (how a group keeps in touch and organises itself)',
  'unseen-26': 'Twenty-sixth part written apart from the rules (sports, hobby and culture clubs)',
  'unseen-27': 'Twenty-seventh part written apart from the rules (careers and mentoring)',
  'unseen-28': 'Twenty-eighth part written apart from the rules (newcomers, families and retirees)',
  'unseen-29': 'Twenty-ninth part written apart from the rules (thematic and online groups)',
  'unseen-30': 'Thirtieth part written apart from the rules (country chapters and pages in two languages)',
  'unseen-31': 'Thirty-first part written apart from the rules (seasonal events and how to take part)',
  'unseen-32': 'Thirty-second part written apart from the rules (outreach and volunteering)',
  'unseen-33': 'Thirty-third part written apart from the rules (the group online)',
  'unseen-34': 'Thirty-fourth part written apart from the rules (partners and money; the latest: not held to the target on its own)',
};
const target = 0.95;

function print(title: string, cases: readonly CorpusCase[]) {
  const languages = new Set(cases.map((item) => item.id.replace(/^(?:ho|un|u[2-9]|u1[0-9]|u2[0-9]|u3[0-9])-/, '').split('-')[0]));
  const reported = reportedByCase(cases);
  console.log(`\n${title}: ${cases.length} cases in ${languages.size} languages (${[...languages].sort().join(', ')}), ${cases.filter((item) => item.expect.length === 0).length} valid`);
  console.log(`  judged exactly as labelled: ${rightVerdicts(cases, reported)} of ${cases.length}`);
  console.log(`  ${'rule'.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   true+  false+  missed`);
  for (const result of score(cases, reported)) {
    const flag = result.precision >= target && result.recall >= target ? '' : '   below 0.95';
    console.log(`  ${result.rule.padEnd(20)} ${result.precision.toFixed(2).padStart(9)} ${result.recall.toFixed(2).padStart(7)}   ${String(result.truePositives).padStart(5)}  ${String(result.falsePositives).padStart(6)}  ${String(result.falseNegatives).padStart(6)}${flag}`);
    if (verbose) for (const item of result.wrong) console.log(`      ${item.kind === 'false' ? 'reported' : 'missed  '} ${item.id}: ${item.note}`);
  }
}

for (const part of corpusParts) print(titles[part], corpus(part));
print('Whole corpus', corpusParts.flatMap((part) => corpus(part)));
