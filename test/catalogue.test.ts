/**
 * The catalogue, traced both ways: each rule points at a real handbook section, each clause of the
 * source guidelines (in the chapters' front matter) points at a real section and at real rules, and
 * every rule that enforces a guideline is claimed by some clause.
 */
import { readdirSync, readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ruleIds } from '../src/checker/rule-ids.ts';
import { rules, technicalRules } from '../src/checker/rules/index.ts';
import { organization } from '../src/config/organization.ts';

const chaptersFolder = new URL('../src/content/guidelines/', import.meta.url);

/** Anchors of each chapter's headings, as the site computes them (github-slugger over the heading text). */
const anchors = new Map(
  readdirSync(chaptersFolder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const slugger = new GithubSlugger();
      const text = readFileSync(new URL(name, chaptersFolder), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      const found = new Set<string>();
      let inFence = false;
      for (const line of text.split('\n')) {
        if (/^(```|~~~)/.test(line)) inFence = !inFence;
        const heading = inFence ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
        if (heading) found.add(slugger.slug(plain(heading[1] ?? '')));
      }
      return [name.replace(/\.mdx?$/, ''), found] as const;
    }),
);

function plain(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '');
}

interface Clause {
  source: string;
  says: string;
  section: string;
  rules?: string[];
  notCheckable?: string;
}

/** Every chapter's clauses, with their section as "chapter#anchor". */
const clauses: Clause[] = readdirSync(chaptersFolder)
  .filter((name) => /\.mdx?$/.test(name))
  .flatMap((name) => {
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(new URL(name, chaptersFolder), 'utf8'))?.[1] ?? '';
    const chapter = name.replace(/\.mdx?$/, '');
    return ((parseDocument(frontMatter).toJS() as { clauses?: Clause[] }).clauses ?? []).map((clause) => ({ ...clause, section: `${chapter}#${clause.section}` }));
  });

const isSection = (section: string) => {
  const [chapter, anchor] = section.split('#');
  return anchor !== undefined && anchors.get(chapter ?? '')?.has(anchor) === true;
};

describe('the rule catalogue', () => {
  it.each(rules.map((rule) => [rule.id, rule.guideline] as const))('rule %s points at a heading of its chapter (%s)', (_id, guideline) => {
    expect(guideline).toMatch(/^[a-z-]+#[a-z0-9-]+$/);
    expect(isSection(guideline)).toBe(true);
  });

  it('claims every rule that enforces a guideline in at least one clause', () => {
    const claimed = new Set(clauses.flatMap((clause) => clause.rules ?? []));
    const unclaimed = rules.filter((rule) => !technicalRules.includes(rule) && !claimed.has(rule.id)).map((rule) => rule.id);
    expect(unclaimed).toEqual([]);
  });

  it('has one module for each rule id, in the order of the id list', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
  });

  it('names who raises a rule exactly when the rule has no check of its own', () => {
    for (const rule of rules) expect(rule.raisedBy === undefined, rule.id).toBe(Boolean(rule.check || rule.checkAll || rule.checkChange));
  });
});

describe('the clauses of the source guidelines', () => {
  it('cover every source document of the configuration', () => {
    expect(new Set(clauses.map((clause) => clause.source))).toEqual(new Set(Object.keys(organization.guidelineSources)));
  });

  it.each(clauses.map((clause) => [clause.says, clause] as const))('"%s" is stated in the handbook and traced', (_says, clause) => {
    expect(isSection(clause.section)).toBe(true);
    if (clause.rules) {
      expect(clause.rules.length).toBeGreaterThan(0);
      for (const id of clause.rules) expect(rules.map((rule) => rule.id)).toContain(id);
    } else {
      expect(clause.notCheckable?.length).toBeGreaterThan(20);
    }
  });
});

describe('the anchor computation', () => {
  it('finds the headings the site links to', () => {
    expect(isSection('managing-a-group#no-discrimination')).toBe(true);
    expect(isSection('about-groups#the-offices-role')).toBe(true);
    expect(isSection('managing-a-group#no-such-heading')).toBe(false);
    expect(isSection('no-such-chapter#managers')).toBe(false);
  });
});
