/**
 * Function words dropped before words become copy features: they occur in every text, so
 * counting them would make unrelated stories look alike. Lower-cased, diacritics kept.
 *
 * Source: written by hand for this project from general knowledge of each language's most
 * frequent function words (articles, pronouns, auxiliaries, prepositions, conjunctions). Not
 * derived from any evaluation set. Languages: English, German, French, Spanish, Portuguese,
 * Italian, Dutch, Croatian/Serbian/Bosnian, Czech, Icelandic, Russian/Ukrainian.
 *
 * Words shorter than three letters are dropped anyway, so they are not listed.
 *
 * @module
 * @internal
 */

const EN =
  'the and for are but not you all any can had her was one our out his has him how its may new now old see two way who did get let put say she too use that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what said says also into most other after about which their there would could should these those while where being because before through between during against without under again further then once both each few own same off very can will just don than whom whose why yet still even upon onto per via amid among across around since until unless though although however therefore thus ever never always often already least last next first second third another every either neither nor does doing done having made says told';
const DE =
  'der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird werden wurde wurden hat haben hatte sich mit von für auf aus bei nach vor über unter zum zur auch noch nur schon sehr wie was wer wenn dass als auch ihr ihre sein seine sie wir ich man mehr durch gegen ohne bis kann können muss sollen soll diese dieser dieses jetzt hier dort';
const FR =
  'les des une est sont été être avoir avait ont dans pour par sur avec sans sous mais pas plus que qui quoi dont leur leurs son ses sur cette ces cet aux elle elles ils nous vous comme tout tous toute toutes fait faire peut entre depuis aussi selon après avant encore très bien';
const ES =
  'los las una uno unos unas del por para con sin sobre entre pero más que qué quien cual como este esta estos estas ese esa eso ser está están era fue han había hay sus muy también cuando donde desde hasta según porque todo todos otra otro otros';
const PT =
  'não uma dos das nos nas pelo pela pelos pelas com sem mas mais que seu sua seus suas isso este esta ser foi são tem também quando onde';
const IT =
  'gli una uno del della delle dei degli nel nella per con non che chi sono era stato anche come più suo sua loro questo questa quando dove';
const NL =
  'het een van den dat die niet zijn wordt werd heeft hebben met voor ook maar bij naar nog dit deze door over als wat hun haar';
const HR =
  'je su se da na za od do iz sa koji koja koje kojih kao što ali ili nije biti bio bila bilo bili će može još samo nakon prema tijekom među ovaj ova ovo taj ta to oni one ona njihov njegov njezin već kada gdje jer';
const CS =
  'jsou byl byla bylo byli bude jako ale nebo jeho její jejich který která které také ještě jen při pro pod nad před mezi podle kde když protože této tento tato toto však';
const IS =
  'það þetta sem var eru voru hefur hafa hann hún þeir þær við með fyrir frá til um eftir ekki eða einnig hafði verið þegar þar sínum sína sinn hans hennar þess';
const RU =
  'это как так что для при или его она они оно были был была было быть уже еще ещё только также может этот эта эти того чем когда где если после более через между однако который которая которые которых году года его ее её их не на по из за от до со во об без над под про это які який яка що для від при був була було були також але або цей ця ці вже ще його її їх';

/** Every stop word, lower-cased. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [EN, DE, FR, ES, PT, IT, NL, HR, CS, IS, RU].flatMap((list) => list.split(' ')),
);

/**
 * Each stop word's language, as a number from 1 (the order of the lists above: English 1, German
 * 2, … Russian/Ukrainian 11); a word listed in several languages goes to the first. Used to give
 * a document a coarse language code for the candidate search.
 */
export const STOP_WORD_LANGUAGE: ReadonlyMap<string, number> = (() => {
  const languages = new Map<string, number>();
  [EN, DE, FR, ES, PT, IT, NL, HR, CS, IS, RU].forEach((list, i) => {
    for (const word of list.split(' ')) if (!languages.has(word)) languages.set(word, i + 1);
  });
  return languages;
})();

/** How many languages {@link STOP_WORD_LANGUAGE} knows. */
export const STOP_WORD_LANGUAGES = 11;
