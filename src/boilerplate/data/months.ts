/**
 * Month names and abbreviations (English, German, French, Spanish, Portuguese, Italian, Dutch,
 * Indonesian), written by hand from general knowledge. Lower case, without a trailing dot.
 *
 * @module
 * @internal
 */

const NAMES: readonly string[] = [
  'january jan januar janvier enero janeiro gennaio januari',
  'february feb februar février fevrier febrero fevereiro febbraio februari',
  'march mar märz maerz mars marzo março maart maret',
  'april apr avril abril aprile',
  'may mai mayo maio maggio mei',
  'june jun juni juin junio junho giugno',
  'july jul juli juillet julio julho luglio',
  'august aug août aout agosto augustus agustus',
  'september sep sept septembre septiembre setembro settembre',
  'october oct oktober octobre octubre outubro ottobre okt',
  'november nov novembre noviembre novembro',
  'december dec dezember décembre decembre diciembre dezembro dicembre desember',
];

/** Month name → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((names, index) => names.split(' ').map((name) => [name, index + 1] as const)),
);
