/**
 * A stack with its top at index 0 (the shape `htmlparser2`'s `Parser` keeps its open elements
 * in: `unshift` to open, `shift` to close, `indexOf` to find an open element) whose operations
 * take constant time. The parser's own array moves every element on each `unshift`, so a page of
 * 50,000 nested or unclosed elements cost quadratic time; this keeps it linear. Elements are
 * stored bottom first, and a count per value answers `indexOf` for a value that is not open
 * without a scan (a stray `</span>` under a deep stack).
 *
 * @module
 * @internal
 */

/** The methods and properties of an array the parser uses on its stacks. */
interface TopFirstStack<T> {
  length: number;
  shift(): T | undefined;
  unshift(value: T): number;
  indexOf(value: T): number;
  readonly [index: number]: T | undefined;
}

/** Whether a property key is an array index. */
function isIndex(key: string | symbol): key is string {
  if (typeof key !== 'string' || key.length === 0) return false;
  const c = key.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/**
 * A top-first stack with constant-time `shift`/`unshift`, for `htmlparser2`'s parser.
 *
 * @internal
 */
export function topFirstStack<T>(initial: readonly T[] = []): TopFirstStack<T> {
  const items: T[] = [];
  const counts = new Map<T, number>();
  const push = (value: T): void => {
    items.push(value);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  };
  for (let i = initial.length - 1; i >= 0; i--) push(initial[i] as T);
  const stack = {
    get length(): number {
      return items.length;
    },
    set length(value: number) {
      // The parser only ever empties its stacks this way.
      if (value === 0) {
        items.length = 0;
        counts.clear();
      }
    },
    shift(): T | undefined {
      const value = items.pop();
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 1) - 1);
      return value;
    },
    unshift(value: T): number {
      push(value);
      return items.length;
    },
    indexOf(value: T): number {
      if ((counts.get(value) ?? 0) === 0) return -1;
      for (let i = items.length - 1; i >= 0; i--) if (items[i] === value) return items.length - 1 - i;
      return -1;
    },
  };
  return new Proxy(stack, {
    get(target, key, receiver) {
      if (isIndex(key)) return items[items.length - 1 - Number(key)];
      return Reflect.get(target, key, receiver);
    },
  }) as TopFirstStack<T>;
}
