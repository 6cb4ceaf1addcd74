/** Commas and semicolons separate tag names, whether typed one key at a time or pasted as one string. */
const separator = /[,;]/;

/** Adds the names in `typed` to `tags`, dropping blanks, a leading `#` and repeats (in any case). */
export function addTags(tags: string[], typed: string): string[] {
  const result = [...tags];
  for (const part of typed.split(separator)) {
    const name = part.trim().replace(/^#/, '').trim();
    if (name && !result.some((t) => t.toLowerCase() === name.toLowerCase())) result.push(name);
  }
  return result;
}

/** Splits the text of the tag field into names already ended by a separator and the name still being typed. */
export function splitTyped(text: string): { finished: string; typing: string } {
  const last = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
  return { finished: text.slice(0, last + 1), typing: text.slice(last + 1) };
}
