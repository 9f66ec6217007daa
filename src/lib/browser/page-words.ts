/**
 * The words a page gives its script, in the page's language (its `lang`): templates with `{name}`
 * places to fill, counts whose noun the language's plural rules choose, numbers written the
 * language's way ("1,234", "1 234").
 */
export function pageWords(language = document.documentElement.lang || 'en') {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);
  /** The template with each `{name}` replaced by its value (numbers formatted); unknown places are left as they are. */
  const fill = (template: string | undefined, values: Readonly<Record<string, string | number>> = {}) =>
    (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
    });
  /** `one` or `many` as the count asks for ("{n} group", "{n} groups"), with `{n}` and any other place filled. */
  const counted = (count: number, one: string | undefined, many: string | undefined, values: Readonly<Record<string, string | number>> = {}) =>
    fill(plurals.select(count) === 'one' ? one : many, { ...values, n: count });
  return { fill, counted, number: (value: number) => numbers.format(value) };
}
