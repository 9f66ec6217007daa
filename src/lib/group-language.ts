import type { GroupEntry } from './content.ts';

/**
 * The language a group's own text is written in, as the checker read it (a `lang` value), when it
 * could tell: pages mark the group's words with it, so that a screen reader reads them in that language.
 */
export function groupLanguage(group: GroupEntry): string | undefined {
  const language = group.rendered?.metadata?.language;
  return typeof language === 'string' ? language : undefined;
}
