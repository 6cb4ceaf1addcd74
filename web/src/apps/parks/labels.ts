/** Words for the values the parks API sends as codes, so no page shows an enum name. */
export const STATUS_MODEL_LABEL: Record<string, string> = {
  DownOnly: 'Only "down" counts as downtime',
  DownOrClosed: '"Down" and "closed" count as downtime',
};
export const CATEGORY_LABEL: Record<string, string> = { ATTRACTION: 'Attraction', SHOW: 'Show', MEET_AND_GREET: 'Meet & greet', EXPERIENCE: 'Experience' };
export const WINDOW_TYPE_LABEL: Record<string, string> = {
  OPERATING: 'Operating hours', EXTRA_HOURS: 'Extra hours', TICKETED_EVENT: 'Ticketed event', PRIVATE_EVENT: 'Private event', INFO: 'Information only',
};
export const BRAND_LABEL: Record<string, string> = { disney: 'Disney', universal: 'Universal', other: 'Other' };
export const SOURCE_LABEL: Record<string, string> = { qt: 'Queue-Times', tpw: 'ThemeParks.wiki' };
export const ENTITY_LABEL: Record<string, string> = { ride: 'Ride', park: 'Park' };
export const OVERRIDE_ACTION_LABEL: Record<string, string> = { ignore: 'Ignore it', map: 'Map to an existing one', create: 'Create a new one' };

/** "MEET_AND_GREET" or "tierSource" → "Meet and greet" / "Tier source", for codes without a word of their own. */
export function humanize(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const label = (words: Record<string, string>, code: string) => words[code] ?? humanize(code);

/** A date and time with its zone named ("Dec 6, 2026, 3:10 PM PST"), in the given IANA zone. */
export function zoned(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleString('en-US', {
    timeZone, month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short',
  });
}
