const englishRules = new Intl.PluralRules('en-US');

/** `count` with the English noun form its plural rule asks for: 1 respondent, 0 respondents, 1.5 hours. */
export function plural(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en-US')} ${englishRules.select(count) === 'one' ? one : other}`;
}

/** A value with a unit the server names in the plural ("hours down", "minutes"), made to agree with the value. */
export function withUnit(value: number, pluralUnit: string): string {
  const [noun, ...rest] = pluralUnit.split(' ');
  const one = [noun.endsWith('s') ? noun.slice(0, -1) : noun, ...rest].join(' ');
  return plural(value, one, pluralUnit);
}
