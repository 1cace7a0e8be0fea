/**
 * A heading that names who speaks in what follows (`### Kate Deplaix announced`, `### Continuing
 * this thread, Anil said`): a mailing list's or forum's digest quoting a thread (OCaml Weekly
 * News) heads each message so under the thread's own heading. It is part of that entry, not a
 * part of the issue over entries of its own. The verb in lower case: `### Spring Meetup Dates
 * Announced` is a headline.
 */
const SPEAKER_HEADING = /^[^\n]{1,80}?[ \t](?:announced|said|replied|asked|wrote|added|explained|commented|answered|reported|shared|posted|noted|responded|clarified)[ \t]*:?[ \t]*$/;

export function isSpeakerHeading(text: string): boolean {
  return SPEAKER_HEADING.test(text.trim());
}
