/**
 * Result and option types of {@link extractNumbers}.
 *
 * @module
 */

/**
 * What a quantity measures.
 *
 * - `count`: a number of things (`800,000 staff`, `three agents`, a bare `42`)
 * - `money`: an amount of a currency (`$130,000`, `310 million finnish markka`)
 * - `percent`: a percentage, valued as written (`12.5%` → 12.5)
 * - `duration`: a span of time, ages included (`18 months`, `10-year`, `60 years old`)
 * - `date`: a calendar date or day (`May 18, 2025`, `Thursday`)
 * - `year`: a calendar year standing alone (`In 2025`)
 * - `decade`: a decade (`1940s` → 1940)
 * - `ordinal`: a rank (`first`, `11th`, `second-largest`)
 * - `multiplier`: a factor (`twofold`, `double`, `twice`)
 * - `measure`: a physical quantity with a unit (`25 pounds`, `6 feet`, `90 degrees`)
 * - `time`: a clock time (`2:00 pm`, `11pm`)
 *
 * @example
 * ```ts
 * const kind: QuantityKind = 'money';
 * ```
 */
export type QuantityKind =
  | 'count'
  | 'money'
  | 'percent'
  | 'duration'
  | 'date'
  | 'year'
  | 'decade'
  | 'ordinal'
  | 'multiplier'
  | 'measure'
  | 'time';

/**
 * One number stated in the text, with what it counts.
 *
 * @example
 * ```ts
 * extractNumbers('It had more than 100,000 servers.')[0];
 * // { text: 'more than 100,000 servers', start: 7, end: 32, kind: 'count', value: 100000,
 * //   unit: 'servers', modifier: 'more than' }
 * ```
 */
export interface Quantity {
  /** The span exactly as it stands in the input: modifier, number and unit when present. */
  readonly text: string;
  /** UTF-16 offset of the span's start in the input. */
  readonly start: number;
  /** UTF-16 offset after the span's end in the input. */
  readonly end: number;
  /** What the quantity measures. */
  readonly kind: QuantityKind;
  /**
   * The number as written, scaled (`1 billion` → 1e9, `1940s` → 1940, `12.5%` → 12.5); null
   * for dates, days and clock times, whose meaning is in {@link Quantity.date} or the text, and
   * for a magnitude stated without a number (`thousands of troops`) or a unit without one.
   */
  readonly value: number | null;
  /**
   * The thing counted (`staff`, `espionage plots`), the ISO 4217 currency code (`USD`) or the
   * unit (`year`, `month`, `mile`, `%`); null when the text names none.
   */
  readonly unit: string | null;
  /** The hedge before or after the number (`more than`, `over`, `about`, `estimated`), or null. */
  readonly modifier: string | null;
  /** ISO 8601 date (`2025-05-18`, or `1997-11` when no day is given) for absolute dates. */
  readonly date?: string;
}

/**
 * Options of {@link extractNumbers}.
 *
 * @example
 * ```ts
 * extractNumbers(text, { kinds: ['money', 'count'] });
 * ```
 */
export interface NumbersOptions {
  /**
   * Only return quantities of these kinds.
   *
   * @default all kinds
   */
  readonly kinds?: readonly QuantityKind[];
  /**
   * Also return currencies and temperature scales named without a number (`the dollar fell`,
   * `convert it to degrees celsius`), with a null value. They are not quantities, so they are
   * left out unless asked for, except where the amount just before them makes them a unit
   * (`$10 dollars`, `68 fahrenheit to degrees celsius`), which is read either way.
   *
   * @default false
   */
  readonly bareUnits?: boolean;
}
