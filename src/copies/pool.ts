/**
 * Many small typed arrays packed into a few large ones. Node gives every typed array its own
 * buffer with a few hundred bytes of bookkeeping, more than a 163-integer signature weighs; the
 * index keeps its per-document arrays as views into blocks instead.
 *
 * @module
 * @internal
 */

/** Hands out views into blocks of `blockLength` elements, filled with the values given. */
export class TypedPool<T extends Uint16Array | Uint32Array> {
  readonly #make: (length: number) => T;
  readonly #blockLength: number;
  #block: T;
  #used = 0;

  constructor(make: (length: number) => T, blockLength: number) {
    this.#make = make;
    this.#blockLength = blockLength;
    this.#block = make(0);
  }

  /** A view holding a copy of `values` (its own array when larger than a block). */
  copy(values: Readonly<ArrayLike<number>>): T {
    const length = values.length;
    if (length > this.#blockLength / 4) {
      const own = this.#make(length);
      own.set(values);
      return own;
    }
    if (this.#used + length > this.#block.length) {
      this.#block = this.#make(this.#blockLength);
      this.#used = 0;
    }
    const view = this.#block.subarray(this.#used, this.#used + length) as T;
    view.set(values);
    this.#used += length;
    return view;
  }
}
