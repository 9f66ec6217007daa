/** Small helpers on front matter values: tests on values as parsed, before the schema has judged them, and text written back as YAML. */

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether the front matter has the field written with other capitals ("Region:" for "region"): one slip,
 * which the schema names where it is written, so a rule that requires the field says nothing more.
 */
export const isWrittenInOtherCase = (data: Record<string, unknown>, key: string) => Object.keys(data).some((written) => written !== key && written.toLowerCase() === key.toLowerCase());

/** Missing, null, or text that is only white space. */
export const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The words of `text` in lines of at most `width` characters, for a folded YAML block (`>-`), which joins them again. */
export function foldedYaml(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
