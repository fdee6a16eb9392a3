/**
 * Very frequent function words, used to tell English prose from other Latin-script languages
 * when franc's answer rests on little prose (results tables, lists of names). Hand-compiled from
 * the top of common frequency lists; words shared between English and the others ("in", "a",
 * "on", "to", "die") are left out of both lists.
 */

/** English function words. */
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'the', 'of', 'and', 'is', 'was', 'for', 'that', 'with', 'by', 'from', 'has', 'have', 'he',
  'his', 'were', 'are', 'said', 'which', 'who', 'this', 'after', 'their', 'they', 'been', 'not',
  'its', 'would', 'will', 'but', 'an', 'there', 'when',
];

/** Function words of French, German, Spanish, Portuguese, Italian, Dutch, the Nordic and Slavic languages. */
export const FOREIGN_FUNCTION_WORDS: readonly string[] = [
  'le', 'les', 'des', 'et', 'est', 'une', 'du', 'au', 'aux', 'sur', 'pour', 'qui', 'dans', 'pas',
  'der', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'den', 'dem', 'mit', 'sich', 'auf', 'für',
  'el', 'los', 'las', 'y', 'que', 'por', 'con', 'una', 'del', 'para', 'como', 'más', 'pero',
  'os', 'um', 'uma', 'não', 'em', 'ao', 'mais', 'il', 'di', 'che', 'della', 'per', 'sono', 'gli',
  'het', 'een', 'van', 'en', 'niet', 'op', 'och', 'att', 'är', 'som', 'för', 'på', 'og', 'ikke',
  'er', 'af', 'til', 'ja', 'ei', 'ja', 'je', 'se', 'na', 'za', 'od', 'da', 'su', 'nie', 'się',
  'jest', 'że', 'w', 'z', 'do', 'ale', 'jak', 'ktory', 'který', 've', 'sa', 'ako', 'és', 'az',
  'hogy', 'nem', 've', 'bir', 'bu', 've', 'yang', 'dan', 'di', 'ini', 'itu', 'và', 'của', 'là',
];
