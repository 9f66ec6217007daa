import type { Root } from 'mdast';
import type { Node as UnistNode } from 'unist';
import type { Document } from 'yaml';
import type { Organization } from '../config/organization.ts';
import type { OtherLanguage } from '../config/organization-type.ts';
import type { Group } from '../schema/group.ts';
import type { RuleId } from './rule-ids.ts';

export type { RuleId } from './rule-ids.ts';

export type Severity = 'error' | 'warning';

/** One problem, shaped as the checker's JSON output publishes it. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: RuleId;
  severity: Severity;
  message: string;
  url: string;
}

/** A span of the file, 1-based, end exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** What the checker is given: a path relative to the project root and the file's bytes or text. */
export interface SourceFile {
  path: string;
  content: string | Uint8Array;
  /** Why the file could not be read as a group file at all (e.g. it is a symbolic link). */
  refused?: string;
  /** The pictures in the group's folder, when the shell read them; without them the rules about pictures say nothing. */
  pictures?: readonly Picture[];
}

/** What a picture's bytes show it is. Only PNG, JPEG, WebP and AVIF are published. */
export type PictureFormat = 'png' | 'jpeg' | 'webp' | 'avif' | 'gif' | 'bmp' | 'tiff' | 'heic' | 'svg';

/**
 * A picture in a group's folder (public/images/groups/<slug>/), as the shell read it: the engine never
 * reads files, so the shell tells it what the bytes are and the text of any QR code in them.
 */
export interface Picture {
  /** The path from the project root. */
  path: string;
  /** Its size in bytes. */
  size: number;
  /** What its bytes show, whatever its name says; undefined when they show no picture format. */
  format: PictureFormat | undefined;
  /** Its width and height in pixels, read from its header; undefined when they cannot be read. */
  dimensions?: { width: number; height: number };
  /** The text of each QR code (or other barcode) in it: a picture of a code is judged as the link it holds. */
  codes: readonly string[];
  /** A hash of its bytes, so that a cached result is used only for the same pictures. */
  hash: string;
  /** Why it could not be read as a picture at all (a symbolic link, a folder). */
  refused?: string;
}

/** A path into the front matter, e.g. ['managers', 0, 'github']. */
export type FieldPath = readonly PropertyKey[];

/** A change to the text that repairs a problem without guessing: `replacement` takes the place of `range`. */
export interface Fix {
  range: Range;
  replacement: string;
  /** What the change does, in a few words ("renamed the field … to …"). */
  description: string;
}

/** What a rule knows about a problem beyond its message, for tools: the value at fault, a suggestion. */
export type FindingData = Readonly<Record<string, string | number | boolean>>;

/** A problem found while a rule looks at a file, before the engine adds file, severity and url. */
export interface Finding {
  rule: RuleId;
  /** The file the problem is in when it is not the group file: one of the group's pictures (the range is then its start). */
  file?: string;
  range: Range;
  message: string;
  data?: FindingData;
  /** A repair that keeps everything the author wrote except what the problem is about. */
  fix?: Fix;
}

/** What a rule may add to a finding besides its place and message. */
export type FindingDetails = Pick<Finding, 'data' | 'fix' | 'file'>;

/** A group file read once: the text, the front matter with positions, the body's syntax tree. */
export interface ParsedGroup {
  path: string;
  /** The file name without its extension. */
  slug: string;
  /** The text with any byte-order mark removed and line endings normalised to \n. */
  text: string;
  /** Problems found while reading or parsing, already tied to their rule. */
  parseFindings: Finding[];
  /** The front matter as parsed YAML, or undefined when it is missing or not valid YAML. */
  yaml?: Document.Parsed | undefined;
  /** Offset of the YAML text in `text`. */
  yamlOffset: number;
  /** Offset of the line that closes the front matter ("---"), when it is closed. */
  frontMatterEnd?: number | undefined;
  /** The front matter as plain data (a mapping), or undefined when there is none. */
  data?: Record<string, unknown>;
  /** The validated front matter, when it passed the schema. */
  group?: Group | undefined;
  /** The Markdown body's syntax tree (src/checker/markdown.ts), or undefined when it was not read. */
  body?: Root | undefined;
  /** The exact text the body was parsed from, and the site renders: the body, with blank lines in place of the front matter. */
  bodySource?: string | undefined;
  /** The pictures in the group's folder, when the shell read them. */
  pictures?: readonly Picture[];
  /** The range of a front matter field's key or value; falls back to the nearest enclosing field. */
  rangeOf(path: FieldPath, part?: 'key' | 'value'): Range;
  /** The range of two offsets into `text`. */
  rangeAt(start: number, end: number): Range;
  /** The range of a node of the body's syntax tree. */
  rangeOfNode(node: UnistNode): Range;
  /** The range of two offsets into `bodySource`. */
  rangeInBody(start: number, end: number): Range;
}

export type RuleSeverity = Severity | 'time';

/** What a pull request changes, gathered from git by the shell, for rules about who may change what. */
export interface ChangeFacts {
  /** The pull request author's GitHub user name. */
  author: string;
  /**
   * For each existing group file the change modifies or renames (by its new path): the GitHub user
   * names of its managers on the base branch. Files the change adds are absent.
   */
  managersOnBase: ReadonlyMap<string, readonly string[]>;
  /** Group files the change deletes, renames or hides: a group's file only ever goes away by the office's hand. */
  deleted: readonly string[];
  /**
   * Pictures the change adds, changes or deletes, each with the managers on the base branch of the group
   * whose folder it is in; undefined when that group is itself added by the change (its pictures come with
   * it), and an empty list when the folder belongs to no group.
   */
  pictures: ReadonlyMap<string, readonly string[] | undefined>;
  /** Every other path the change touches (the checker, the configuration, the exceptions, the workflows): office staff only. */
  otherPaths: readonly string[];
}

export interface RuleContext {
  today: string;
  organization: Organization;
  report(range: Range, message: string, details?: FindingDetails): void;
}

/** An example of a group file fragment, merged into a valid base group by the tests and shown on the rule's page. */
export interface RuleExample {
  /** What the example shows, in a few words. */
  title: string;
  /** The title in each other language of the site, for its rule pages. */
  translations: Record<OtherLanguage, { title: string }>;
  /** Front matter fields (YAML) that replace the base group's; a field set to null is removed. */
  frontmatter?: string;
  /** The body, replacing the base group's. */
  body?: string;
  /** The whole file as written, for examples about its syntax; replaces everything else. */
  source?: string;
  /** The file name, when the example is about it. */
  fileName?: string;
  /** Other groups' front matter fields (YAML), for rules that compare groups. */
  otherGroups?: string[];
  /** The pull request the example stands for, for rules about who may change a file. */
  pullRequest?: {
    author: string;
    /** The group's managers on the base branch; absent when the pull request adds the file. */
    managersOnBase?: string[];
    /** The pull request deletes the file. */
    deletes?: boolean;
    /** Pictures the pull request changes in the group's folder (file names). */
    pictures?: string[];
    /** Other paths the pull request changes. */
    otherPaths?: string[];
  };
  /** The office's exceptions file (YAML), for rules about exceptions. */
  exceptions?: string;
  /** The pictures in the group's folder, for rules about pictures: a name, and what the bytes are (a PNG of 20 KB and 800 × 600 pixels unless said). */
  pictures?: { name: string; format?: PictureFormat | null; size?: number; dimensions?: { width: number; height: number } | null; codes?: string[] }[];
}

/** A problem an invalid example must be reported with: where (the text it points at) and in which words. */
export interface ExpectedReport {
  /** The text of the file the problem points at; '' for a problem about the whole file, at its start. */
  at: string;
  message: string;
}

export interface InvalidRuleExample extends RuleExample {
  /** Every problem of this rule the example is reported with, in the order of the file. */
  reports: ExpectedReport[];
}

/**
 * Who raises a rule that has no check of its own: the parser (a file it cannot read), the schema (a
 * field of the wrong shape) or the exceptions file's reader. No exception can lift such a rule.
 */
export type RaisedBy = 'parser' | 'schema' | 'exceptions';

export interface RuleMeta {
  id: RuleId;
  /** `time`: an error for files a change touches, a warning otherwise. */
  severity: RuleSeverity;
  /** What the rule enforces, in one line (the catalogue). */
  summary: string;
  /** The handbook section the rule enforces: "chapter#anchor". */
  guideline: string;
  /** Why the rule exists, in a sentence or two. */
  rationale: string;
  /** The summary and the rationale in each other language of the site, for its rule pages (messages stay in English). */
  translations: Record<OtherLanguage, { summary: string; rationale: string }>;
  /**
   * Examples, shown on the rule's page and run by the tests. In their text, {organization} and {network}
   * stand for the configured organization's and alumni network's names.
   */
  examples: { valid: RuleExample[]; invalid: InvalidRuleExample[] };
}

export interface Rule extends RuleMeta {
  /** Set when the parser, the schema or the exceptions file's reader raises the rule: it then has no check of its own. */
  raisedBy?: RaisedBy;
  /** Looks at one file. */
  check?(group: ParsedGroup, context: RuleContext): void;
  /** Looks at what a pull request changes; runs only when the shell passes the change's facts. */
  checkChange?(
    change: ChangeFacts,
    context: { organization: Organization; groups: readonly ParsedGroup[]; report(path: string, range: Range, message: string): void },
  ): void;
  /** Looks at every group at once (e.g. unique names). */
  checkAll?(groups: ParsedGroup[], context: Omit<RuleContext, 'report'> & { report(group: ParsedGroup, range: Range, message: string): void }): void;
}
