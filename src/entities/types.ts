/**
 * Result and option types of {@link extractEntities}.
 *
 * @module
 */
import type { LanguageCode, Span } from '../types.js';

/**
 * What kind of thing an entity is. `PERSON`, `ORGANIZATION` and `LOCATION` are typed from
 * evidence in the text and the built-in lexicons; `EVENT`, `WORK`, `PRODUCT` and `LAW` only where
 * the name shows it ("Asian Winter Games", "Postal Law"); `OTHER` for nationalities and group
 * words ("Chinese", "Western") and names nothing else fits.
 *
 * @example
 * ```ts
 * const type: EntityType = 'PERSON';
 * ```
 */
export type EntityType =
  | 'PERSON'
  | 'ORGANIZATION'
  | 'LOCATION'
  | 'EVENT'
  | 'WORK'
  | 'PRODUCT'
  | 'LAW'
  | 'OTHER';

/**
 * One place where an entity is named: `text` exactly as written ("Lewis", "MSS", "U.S."),
 * without possessive `'s` or a title before it.
 *
 * @example
 * ```ts
 * const mention: EntityMention = { text: 'Lewis', start: 31, end: 36 };
 * ```
 */
export type EntityMention = Span;

/**
 * A person, organisation, place or other named thing, with every mention of it in the text.
 *
 * @example
 * ```ts
 * const entity: Entity = {
 *   name: 'Jim Lewis',
 *   type: 'PERSON',
 *   evidence: ['title', 'given-name', 'speech-verb'],
 *   mentions: [
 *     { text: 'Jim Lewis', start: 0, end: 9 },
 *     { text: 'Lewis', start: 40, end: 45 },
 *   ],
 * };
 * ```
 */
export interface Entity {
  /**
   * The fullest form the text gives ("Jim Lewis" for Jim Lewis / Lewis, "Ministry of State
   * Security" for it and "MSS"), or the canonical country name for an alias ("United States"
   * for "U.S.").
   */
  readonly name: string;
  /** What kind of thing it is: one type per name in a document, elected by all its mentions. */
  readonly type: EntityType;
  /**
   * Why it has that type: the reasons that voted for it over all mentions, strongest first.
   * Empty when nothing voted (the type is then `OTHER`). The reasons are:
   * - from the name: `lexicon:country`, `lexicon:place`, `lexicon:organization` (built-in lists),
   *   `organization-suffix` ("Inc", "Party", "Ministry"), `organization-head` ("Ministry of…"),
   *   `acronym-defined` (the text gives it an acronym: "Ministry of State Security (MSS)"),
   *   `foreign-article` ("Der Spiegel", "Il Messaggero"), `club-prefix` ("Real Okapi", "Dynamo"),
   *   `team-eleven` ("Henry Okoro XI"),
   *   `acronym`, `place-suffix`, `place-head`, `compass-and-place`, `given-name`, `initial`,
   *   `short-name`, `long-name`, `one-word`, `contains-country`, `demonym`, `camel-case`,
   *   `law-word`, `law-head`, `event-word`, `event-head`, `starts-with-number`;
   * - from a mention's context: `title` ("President Lewis"), `speech-verb` ("Lewis said"),
   *   `who`, `person-cue` ("Mr", "named"), `place-preposition` ("in Harbin"), `at`, `based`
   *   ("Beijing-based"), `place-noun-of` ("the town of…"), `place-noun-after` ("Stansted
   *   airport"), `comma-place` ("Lockerbie, Scotland"), `the`, `the-compass-point` ("the West"),
   *   `organization-noun` ("the Labour party", "an Interior ministry spokesman"),
   *   `organization-kind` ("serie A club Portuense", "the weekly Der Spiegel"), `says-its`
   *   ("Comelf said its output doubled"), `the-says` ("the Tasman Courier said": a name
   *   after "the" that speaks),
   *   `based-organization` ("Bergamo-based Tecnomar"),
   *   `company-holding` ("shares of…"), `organization-list` ("firms including Okapi, Tasman and
   *   Zorbo"),
   *   `organization-belonging` ("Ericsson spokesman"), `product-noun` ("apps such as…"),
   *   `apposition:person`, `apposition:organization`, `apposition:place`,
   *   `apposition:product` (", a Beijing company"), `sports:score`, `sports:squad`,
   *   `sports:acts`, `sports:results-line` ("Dravac 1 Red Lions 3"), `sports:standings`
   *   ("Red Lions 4 4 0 0 11 2 12") (clubs in sports reports), `sports:country-in-brackets` ("Imran Saleem
   *   (Pakistan)"), `sports:scorecard` ("c Tillekeratne b Dharmasena", "Vass 7-0-29-0")
   *   (athletes in sports reports), `sports:club-code` ("Tasman (L)": a town's initial in
   *   brackets tells a club from its namesakes), `sports:country-and-score` ("Tigris (Italy) 88 Okapi
   *   (Greece) 81": two teams on one results line), `athlete-country` ("Okoro Bello (Benin) 20.37": one word
   *   in brackets between a full name and a result);
   * - `dateline` for a place that opens the story ("BEIJING (Reuters) -").
   */
  readonly evidence: readonly string[];
  /** Every mention, in text order; never empty. */
  readonly mentions: readonly EntityMention[];
}

/**
 * Options for {@link extractEntities}.
 *
 * @example
 * ```ts
 * const options: ExtractEntitiesOptions = { types: ['PERSON'], language: 'eng' };
 * ```
 */
export interface ExtractEntitiesOptions {
  /**
   * Keep only entities of these types.
   *
   * @default undefined (every type)
   */
  readonly types?: readonly EntityType[];
  /**
   * The language of the text. The rules read English capitalisation and English cue words, so
   * with `'auto'` a text that {@link detectLanguage} confidently identifies as another language
   * (or that is not written in the Latin script) gives `[]`; call `detectLanguage` to see which
   * language it found. `'eng'` skips the check and always extracts.
   *
   * @default 'auto'
   */
  readonly language?: 'auto' | LanguageCode;
}
