/**
 * Function words of the languages most news pages are written in. A line of running prose has
 * many of them; a menu, a headline list or a byline has few. Written by hand from general
 * knowledge of each language's commonest articles, pronouns, prepositions, conjunctions and
 * auxiliaries (not derived from any corpus or evaluation set). Lower case; one set for all
 * languages, since the density is compared with the page's own long lines.
 *
 * @module
 * @internal
 */

const ENGLISH =
  'a an the and or but if of to in on at by for from with as into onto about over after before ' +
  'than then that this these those there here which who whom whose what when where why how ' +
  'is are was were be been being am do does did done has have had having will would shall should ' +
  'can could may might must not no nor so too very also just only its it he she they we you i ' +
  'his her their our your my me him them us itself while because though although since until ' +
  'up out off down through during against between among under such any all each some more most ' +
  'other both either neither own same said says according';

const GERMAN =
  'der die das den dem des ein eine einer eines einem einen und oder aber wenn als auch auf aus ' +
  'bei mit nach von vor zu zum zur im in ist sind war waren wird werden wurde wurden hat haben ' +
  'hatte nicht kein keine sich sie er es wir ihr ich dass daß noch nur schon so wie um über unter ' +
  'durch für gegen bis sein seine ihre man was wer wo';

const FRENCH =
  'le la les un une des du de et ou mais si que qui quoi dont où à au aux en dans sur sous par ' +
  'pour avec sans est sont était étaient été être a ont avait avoir ne pas plus il elle ils elles ' +
  'nous vous je on ce cette ces son sa ses leur leurs se y comme aussi mais lors';

const SPANISH_PORTUGUESE_ITALIAN =
  // Spanish
  'el la los las un una unos unas y o pero si que quien de del al en con por para sin sobre es ' +
  'son era fue han ha ser estar está están no se su sus lo le les como más muy también cuando ' +
  'donde este esta estos estas ese esa ' +
  // Portuguese
  'o os as um uma e ou mas se que de do da dos das no na nos nas em com por para sem sobre é são ' +
  'foi era ser estar está não seu sua seus suas ele ela eles elas como mais muito também quando ' +
  'onde isso este esta ' +
  // Italian
  'il lo la i gli le un una uno e o ma se che chi di del della dei delle da dal in nel nella con ' +
  'per su sul tra fra è sono era stato non si suo sua suoi loro come più anche quando dove questo ' +
  'questa';

const DUTCH_SCANDINAVIAN =
  'de het een en of maar als dat die dit deze van in op met voor door naar bij uit om te is zijn ' +
  'was waren wordt werd heeft hebben niet geen ook nog zich hij zij wij ze er ' +
  'och att det som en ett är var för på med av till den de har inte jag han hon vi ' +
  'og er af til ikke med på for som det';

const INDONESIAN_MALAY =
  'yang dan di ke dari untuk dengan pada dalam ini itu tidak akan ada adalah juga atau oleh ' +
  'karena sebagai telah sudah bisa dapat mereka kami kita ia dia saya bahwa';

const RUSSIAN_UKRAINIAN =
  'и в во не на что с со по это как а но к из у от за о об для то же бы был была были было быть ' +
  'он она они оно мы вы я его ее её их так только уже или при до после также чтобы когда где ' +
  'который которая которые это этот эта эти ещё еще даже всё все ' +
  'і та що з до від як це він вона вони не на у в для';

const TURKISH_POLISH_CZECH =
  've bir bu da de ile için olarak olan gibi daha çok ama ne ki en ' +
  'i w z na do się nie że to jest od po za o jak ale czy przez tak oraz ' +
  'a v se na je že s z do o by to jako ale pro jsou byl';

/** Every function word above, lower case. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    ENGLISH,
    GERMAN,
    FRENCH,
    SPANISH_PORTUGUESE_ITALIAN,
    DUTCH_SCANDINAVIAN,
    INDONESIAN_MALAY,
    RUSSIAN_UKRAINIAN,
    TURKISH_POLISH_CZECH,
  ]
    .join(' ')
    .split(' ')
    .filter((word) => word !== ''),
);
