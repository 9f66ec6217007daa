import type { Rule } from '../types.ts';

/** Identity, for type checking a rule module's object where it is written. */
export const defineRule = <const T extends Rule>(rule: T): T => rule;
