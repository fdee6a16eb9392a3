/**
 * Words that cannot end a phrase: when one is followed directly by punctuation or by another word
 * of this list ("from the, which", "released its to encourage"), the words between were most
 * likely a link whose text a scraper dropped. Lower-cased.
 *
 * Source: written by hand for this project (articles and possessive determiners of English,
 * German, French, Spanish, Italian, Portuguese and Dutch). Not derived from any evaluation set.
 *
 * @module
 * @internal
 */

/** Articles and possessives that always need a following noun phrase. */
export const DANGLING_DETERMINERS: ReadonlySet<string> = new Set(
  (
    'the a an its their his her our your my ' +
    'der die das den dem des ein eine einen einem einer ' +
    'le la les un une du des ses leur ' +
    'el los las una unos unas su sus ' +
    'il lo gli uno una ' +
    'o os as um uma seu sua ' +
    'het een'
  ).split(' '),
);

/** Function words that cannot directly follow a determiner. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an to in on at of for from with by that which who and or but is was are were ' +
    'zu in an auf von mit und oder der die das ' +
    'de à en et ou que qui ' +
    'de en y o que con por para ' +
    'di in e che con per'
  ).split(' '),
);
