/**
 * Argument checking shared by every public function. Any string is valid input; anything else
 * is a programming error and gets a `TypeError` that names the function and the argument.
 *
 * @module
 * @internal
 */

/** How a value looks in an error message: `number`, `null`, `array`, `object`… */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Throws `TypeError('copydesk: <fn>: expected <name> to be a string, got <what>')` unless
 * `value` is a string.
 *
 * @internal
 */
export function assertText(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`copydesk: ${fn}: expected ${name} to be a string, got ${describe(value)}`);
  }
}

/**
 * Throws a `TypeError` unless `value` is `undefined` or a plain object, so that a misplaced
 * argument (`fn(text, 'eng')`) is reported instead of silently ignored.
 *
 * @internal
 */
export function assertOptions(fn: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`copydesk: ${fn}: expected options to be an object, got ${describe(value)}`);
  }
}
