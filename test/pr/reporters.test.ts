/** The GitHub and SARIF reporters: what GitHub's runner and code scanning read. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { organization } from '../../src/config/organization.ts';
import { checkGroups } from '../../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../../src/checker/examples.ts';
import { escapeData, escapeProperty, formatGithub } from '../../src/checker/reporters/github.ts';
import { formatSarif } from '../../src/checker/reporters/sarif.ts';
import { rules } from '../../src/checker/rules/index.ts';
import type { Diagnostic } from '../../src/checker/types.ts';

const siteUrl = organization.site.url;

/** Diagnostics from a real check of an invalid group: a wrong type, one manager, a stale plan. */
function realDiagnostics(): Diagnostic[] {
  const files = exampleFiles({
    title: 'invalid',
    frontmatter: 'type: regonal\nmanagers:\n  - name: Claire Martin\n    github: claire-martin\nannualPlan:\n  year: 2025\n  activities:\n    - title: Autumn lecture\n      date: 2025-10\n      kind: event',
  });
  return checkGroups(files, { today: exampleToday }).diagnostics;
}

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  file: 'src/content/groups/lyon.mdx',
  line: 3,
  column: 7,
  endLine: 3,
  endColumn: 14,
  rule: 'schema',
  severity: 'error',
  message: 'A problem.',
  url: '/guidelines/the-group-file/#front-matter',
  ...overrides,
});

describe('the github format', () => {
  it('escapes %, CR and LF in messages, and also "," and ":" in properties, as GitHub documents', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('writes one workflow command per problem, with the position, the rule as title, and the links', () => {
    const output = formatGithub(
      { checked: 2, diagnostics: [diagnostic({ file: 'src/content/groups/odd,name:x.mdx', message: '50% of "a: b"\nline two' }), diagnostic({ severity: 'warning', rule: 'activity-recent', line: 9, endLine: 10 })] },
      { siteUrl },
    );
    const lines = output.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `::error file=src/content/groups/odd%2Cname%3Ax.mdx,line=3,col=7,endLine=3,endColumn=14,title=schema::50%25 of "a: b"%0Aline two%0A%0AGuideline: ${siteUrl}/guidelines/the-group-file/#front-matter%0ARule: ${siteUrl}/rules/schema/`,
    );
    expect(lines[1]).toMatch(/^::warning file=src\/content\/groups\/lyon\.mdx,line=9,col=7,endLine=10,endColumn=14,title=activity-recent::/);
    expect(lines[2]).toBe('✖ 1 error and 1 warning in 2 of 2 group files.');
    // A workflow command is one line: nothing a message holds may break it.
    expect(lines).toHaveLength(3);
  });
});

describe('the sarif format', () => {
  const schemaFile = path.resolve(import.meta.dirname, '../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaFile, 'utf8')) as { id: string } & Record<string, unknown>;
  // The published schema is written for JSON Schema draft 4, whose "id" is draft 7's "$id"; nothing else in it differs between the two.
  // Its patterns are written for JavaScript's regular expressions without the "u" flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  const validate = ajv.compile({ ...schema, $id: id });

  const log = JSON.parse(formatSarif({ diagnostics: realDiagnostics() }, { rules, siteUrl }));

  it('validates against the SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a validator that rejects a broken log', () => {
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'schema', message: {}, level: 'fatal' }] }] })).toBe(false);
  });

  it('lists the whole rule catalogue, each rule with its page and its default level', () => {
    const driver = log.runs[0].tool.driver;
    expect(log.runs).toHaveLength(1);
    expect(driver.informationUri).toBe(`${siteUrl}/rules/`);
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.id));
    const ownership = driver.rules.find((rule: { id: string }) => rule.id === 'ownership');
    expect(ownership).toMatchObject({ helpUri: `${siteUrl}/rules/ownership/`, defaultConfiguration: { level: 'error' } });
    expect(ownership.shortDescription.text.length).toBeGreaterThan(10);
    expect(ownership.fullDescription.text.length).toBeGreaterThan(10);
    expect(driver.rules.find((rule: { id: string }) => rule.id === 'annual-plan-current').defaultConfiguration.level).toBe('warning');
  });

  it('gives each problem its rule, the rule index, its level and its region in a relative file', () => {
    const diagnostics = realDiagnostics();
    const results = log.runs[0].results;
    expect(results).toHaveLength(diagnostics.length);
    expect(new Set(diagnostics.map((found) => found.rule))).toEqual(new Set(['schema', 'managers-count', 'annual-plan-current']));
    results.forEach((result: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: unknown }[] }, index: number) => {
      const found = diagnostics[index]!;
      expect(result.ruleId).toBe(found.rule);
      expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe(found.rule);
      expect(result.level).toBe(found.severity);
      expect(result.locations[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: 'src/content/groups/lyon.mdx' },
        region: { startLine: found.line, startColumn: found.column, endLine: found.endLine, endColumn: found.endColumn },
      });
    });
  });
});
