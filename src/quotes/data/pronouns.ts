/**
 * Pronouns that can stand as the subject of a speech verb. Hand-written (closed class).
 */

/** Third-person singular pronouns resolved to a named person. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her']);

/** Plural and impersonal pronouns, resolved to the previous speaker when one is close. */
export const GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they', 'them', 'it', 'we']);

/** First and second person: the writer or the reader, never a named speaker of the story. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'you', 'me', 'us']);

/** Determiners that open a description (`the spokesman`, `a senior official`). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'one',
  'another',
  'some',
  'many',
  'several',
  'two',
  'three',
]);
