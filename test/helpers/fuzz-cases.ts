/**
 * The properties the fuzz tests hold the checker to, shared by `npm test` (a few thousand cases) and
 * `npm run fuzz` (tens of thousands): valid synthetic group files, mutated in the ways people and
 * attackers break files, never make the engine throw or stall, and every diagnostic is well formed;
 * and a body the checker accepts never publishes script (the differential test of the renderer).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { checkGroups } from '../../src/checker/engine.ts';
import { exampleFiles, exampleToday } from '../../src/checker/examples.ts';
import { renderBody } from '../../src/checker/markdown.ts';
import { unsafeHtml } from '../../src/integrations/published-html.ts';
import { syntheticGroups } from '../../src/checker/node/synthetic.ts';
import { parsePlainYaml } from '../../src/checker/plain-yaml.ts';
import { rules } from '../../src/checker/rules/index.ts';

export const today = '2026-06-15';
const knownRules = new Set(rules.map((rule) => rule.id));
export const mutatedPath = 'src/content/groups/mutated.mdx';
const siblingPath = 'src/content/groups/sibling.mdx';
/** A valid group the mutated file is checked next to: its result must never change. */
const sibling = syntheticGroups(1, { today, seed: 424242 })[0]?.content ?? '';

const baseGroup = fc.integer({ min: 1, max: 2 ** 31 - 1 }).map((seed) => syntheticGroups(1, { today, seed })[0]?.content ?? '');
const lines = (text: string) => text.split('\n');
const odd = ['[]', '{}', '123', '-1.5e3', 'null', '~', 'true', '"x"', "'x'", '- a', '>-', '|', '&anchor x', '*alias', '!!binary aGk=', '? x', '2026-02-30', '.inf', '0x1F', '"\\u0000"', '{a: [b, {c: d}]}'];

type Mutation = (text: string) => string | Uint8Array;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at) => (text: string) => lines(text).filter((_, index) => index !== at % lines(text).length).join('\n')),
  fc.tuple(fc.nat(), fc.constantFrom(...odd)).map(([at, value]) => (text: string) => {
    const all = lines(text);
    const index = at % all.length;
    all[index] = (all[index] ?? '').replace(/:( .*)?$/, `: ${value}`);
    return all.join('\n');
  }),
  fc.nat().map((at) => (text: string) => {
    const all = lines(text);
    const index = at % all.length;
    all.splice(index, 0, all[index] ?? '');
    return all.join('\n');
  }),
  fc.nat().map((at) => (text: string) => {
    const bytes = new TextEncoder().encode(text);
    return bytes.subarray(0, at % (bytes.length + 1));
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([at, inserted]) => (text: string) => {
    const index = at % (text.length + 1);
    return text.slice(0, index) + inserted + text.slice(index);
  }),
  fc.tuple(fc.nat(), fc.constantFrom('[', '{', '> ', '- ', '  - a\n', '*', '_', '<a>', '{{', '`'), fc.integer({ min: 50, max: 5000 })).map(([at, unit, count]) => (text: string) => {
    const index = at % (text.length + 1);
    return text.slice(0, index) + unit.repeat(count) + text.slice(index);
  }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => () => bytes),
  fc.constantFrom('\r\n', '\r').map((ending) => (text: string) => text.replaceAll('\n', ending)),
);

export const mutatedFile = fc.tuple(baseGroup, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([text, mutations]) => {
  let content: string | Uint8Array = text;
  for (const mutate of mutations) content = mutate(typeof content === 'string' ? content : new TextDecoder().decode(content));
  return content;
});

/** Checks one mutated file next to the valid sibling; throws, with the reason, when a property fails. Returns the time taken. */
export function checkMutated(content: string | Uint8Array): number {
  const started = performance.now();
  const result = checkGroups(
    [
      { path: mutatedPath, content },
      { path: siblingPath, content: sibling },
    ],
    { today, isStrict: () => true },
  );
  const elapsed = performance.now() - started;
  if (elapsed > 1000) throw new Error(`The check took ${Math.round(elapsed)} ms (at most 1000 ms per file)`);
  for (const diagnostic of result.diagnostics) {
    const wellFormed =
      (diagnostic.file === mutatedPath || diagnostic.file === siblingPath) &&
      Number.isInteger(diagnostic.line) && diagnostic.line >= 1 &&
      Number.isInteger(diagnostic.column) && diagnostic.column >= 1 &&
      knownRules.has(diagnostic.rule) && diagnostic.message.length > 0;
    if (!wellFormed) throw new Error(`Malformed diagnostic: ${JSON.stringify(diagnostic)}`);
  }
  const siblingProblems = result.diagnostics.filter((diagnostic) => diagnostic.file === siblingPath && diagnostic.rule !== 'unique-name');
  if (siblingProblems.length > 0) throw new Error(`The valid sibling file was affected: ${JSON.stringify(siblingProblems)}`);
  return elapsed;
}

/** The front matter of a mutated file, for comparing the fast YAML reader with the full parser. */
export const mutatedFrontMatter = mutatedFile.map((content) => {
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  return text.split('\n---')[0]?.replace(/^---\n/, '') ?? '';
});

function shape(node: unknown): unknown {
  if (isMap(node)) return { range: node.range?.slice(0, 2), items: node.items.map((pair) => [(pair.key as { value?: unknown }).value, (pair.key as { range?: number[] }).range?.slice(0, 2), shape(pair.value)]) };
  if (isSeq(node)) return { range: node.range?.slice(0, 2), items: node.items.map(shape) };
  if (isScalar(node)) return { range: node.range?.slice(0, 2), value: node.value };
  return node;
}

/** When the fast reader accepts a front matter, it gives exactly the full parser's data and node positions. Throws when not. */
export function compareYamlReaders(yamlText: string): boolean {
  const plain = parsePlainYaml(yamlText);
  if (!plain) return false;
  const document = parseDocument(yamlText, { uniqueKeys: true, strict: true, prettyErrors: false });
  if (document.errors.length > 0) throw new Error(`The fast reader accepted invalid YAML: ${JSON.stringify(yamlText)}`);
  if (!isDeepStrictEqual(plain.data, document.toJS())) throw new Error(`Different data for ${JSON.stringify(yamlText)}`);
  if (!isDeepStrictEqual(shape(plain.contents), shape(document.contents))) throw new Error(`Different positions for ${JSON.stringify(yamlText)}`);
  return true;
}

const fragments = [
  // MDX
  '{fs.writeFileSync("/tmp/x", "1")}', "import fs from 'node:fs'", 'export const a = 1', '<Map city={x} />', '<>fragment</>', '{/* comment */}', '\\{escaped\\}',
  // HTML
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">x</a>', '<!-- comment -->', '<svg onload=alert(1)>', '<iframe src="https://evil.example">',
  '<style>body{}</style>', '<textarea>', '<div\n>', '<?php echo 1 ?>', '<![CDATA[ x ]]>', '<b>bold</b>', '</p>', '<details open ontoggle=alert(1)>',
  // links and images
  '[a](javascript:alert(1))', '[a](jav&#x09;ascript:alert(1))', '[a](<java script:x>)', '[a][ref]', '[ref]: data:text/html,<script>alert(1)</script>', '[ref]: javascript:alert(1)',
  '![i](/images/groups/lyon/a.png)', '![i](https://evil.example/x.png)', '[a](mailto:x@example.org)', '[a](//evil.example)', '[a](vbscript:x)', '[a](\u0001javascript:x)',
  '[a](https://example.org "title with <script>")', '![<img src=x onerror=alert(1)>](/images/groups/lyon/a.png)', '[x](#user-content-fn-1)', '[a](/groups/)',
  // GFM
  '| a | b |\n|---|:-:|\n| {x} | <b> |', '[^1]', '[^1]: note <script>alert(1)</script>', '~~gone~~', '- [x] done', '- [ ] todo', 'www.example.com', 'https://example.org/{x}',
  '<https://example.org>', 'name@example.org', '<name@example.org>',
  // entities and escapes
  '&lt;script&gt;', '&#60;script&#62;alert(1)&#60;/script&#62;', '&#x6A;avascript:alert(1)', '&amp;', '&nbsp;', '\\<script\\>',
  // blocks
  '# Heading', '## Heading <b>', '```html\n<script>alert(1)</script>\n```', '    indented <script>', '> quote <img src=x onerror=y>', '1. one', '* star', '---', '***',
  // odd white space
  '\u2028', '\u2029', '\u00a0', '\t', '\u000b', '\u000c', '\u200b', '\u0085', '\r', '\u202e',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...fragments) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);
const separator = fc.constantFrom('', ' ', '\n', '\n\n', '\n    ', '\n> ', '\n- ', ' | ');
/** Bodies that mix every construct a stranger might try to smuggle code or script through. */
export const hostileBody = fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([text, gap]) => text + gap).join(''));

type Element = DefaultTreeAdapterTypes.Element;

/** Every element of the HTML as a browser builds it, with a parser of its own (not the allow-list's walker). */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: DefaultTreeAdapterTypes.ParentNode) => {
    for (const child of node.childNodes) {
      if ('tagName' in child) {
        found.push(child);
        walk(child);
        if (child.tagName === 'template') walk((child as DefaultTreeAdapterTypes.Template).content);
      }
    }
  };
  walk(parseFragment(html));
  return found;
}

const isWebOrSite = (value: string) => {
  const url = URL.parse(value, 'https://site.invalid/groups/lyon/');
  return url?.protocol === 'https:' || url?.protocol === 'http:';
};

/** The body text the checker parsed, when it accepts a group file with this body; undefined when it refuses it. */
export function acceptedBodySource(text: string): string | undefined {
  const files = exampleFiles({ title: 'fuzz', body: text });
  const result = checkGroups(files, { today: exampleToday, isStrict: () => true });
  if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return undefined;
  return result.groups[0]?.bodySource;
}

const forbiddenElements = ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'template', 'base', 'form', 'meta', 'link'];

/**
 * Checks a body; when the checker accepts it, throws if the HTML the site renders from it holds a
 * script, an event handler, an address outside https:, http: and the site, or anything outside the
 * allow-list. Returns whether the checker accepted it.
 */
export function checkPublishedBody(text: string): boolean {
  const source = acceptedBodySource(text);
  if (source === undefined) return false;
  const html = renderBody(source);
  const fail = (problem: string) => {
    throw new Error(`${problem} in the HTML of an accepted body:\n${JSON.stringify(text)}\n${html}`);
  };
  for (const element of elementsOf(html)) {
    if (forbiddenElements.includes(element.tagName)) fail(`A <${element.tagName}> element`);
    for (const attribute of element.attrs) {
      if (/^on/i.test(attribute.name)) fail(`An event handler ${attribute.name}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.name) && !isWebOrSite(attribute.value)) fail(`The address ${attribute.value}`);
    }
  }
  const unsafe = unsafeHtml(html);
  if (unsafe.length > 0) fail(unsafe.join('; '));
  return true;
}

/**
 * The property tests' seed: fixed, so that \`npm test\` judges the same cases on every run and machine;
 * FUZZ_SEED tries others, and \`npm run fuzz\` explores tens of thousands of fresh ones.
 */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20261202);
