/**
 * A stack with its top at index 0 (the shape `htmlparser2`'s `Parser` keeps its open elements
 * in: `unshift` to open, `shift` to close, `indexOf` to find an open element, `[0]` to read the
 * top) whose operations take constant time. The parser's own array moves every element on each
 * `unshift`, so a page of 50,000 nested or unclosed elements cost quadratic time; this keeps it
 * linear. Elements are stored bottom first, and a count per value answers `indexOf` for a value
 * that is not open without a scan (a stray `</span>` under a deep stack).
 *
 * The parser reads only the top by index while it parses; at the end it walks the open
 * elements by index, so the caller hands it {@link TopFirstStack.toArray} before `end()`.
 *
 * @module
 * @internal
 */

/**
 * A top-first stack with constant-time `shift`/`unshift` and the top readable as `[0]`, for
 * `htmlparser2`'s parser.
 *
 * @internal
 */
export class TopFirstStack<T> {
  readonly #items: T[] = [];
  readonly #counts = new Map<T, number>();

  /** A stack holding `initial` (top first). */
  constructor(initial: readonly T[] = []) {
    for (let i = initial.length - 1; i >= 0; i--) this.#push(initial[i] as T);
  }

  #push(value: T): void {
    this.#items.push(value);
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + 1);
  }

  /** The top element. */
  get 0(): T | undefined {
    return this.#items[this.#items.length - 1];
  }

  get length(): number {
    return this.#items.length;
  }

  set length(value: number) {
    // The parser only ever empties its stacks this way.
    if (value === 0) {
      this.#items.length = 0;
      this.#counts.clear();
    }
  }

  shift(): T | undefined {
    const value = this.#items.pop();
    if (value !== undefined) this.#counts.set(value, (this.#counts.get(value) ?? 1) - 1);
    return value;
  }

  unshift(value: T): number {
    this.#push(value);
    return this.#items.length;
  }

  indexOf(value: T): number {
    if ((this.#counts.get(value) ?? 0) === 0) return -1;
    const items = this.#items;
    for (let i = items.length - 1; i >= 0; i--) if (items[i] === value) return items.length - 1 - i;
    return -1;
  }

  /** The elements as a plain array, top first. */
  toArray(): T[] {
    return this.#items.slice().reverse();
  }
}
