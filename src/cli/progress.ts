/**
 * A progress line for long runs, drawn on standard error only when it is a terminal (and not with
 * `--quiet`): documents done, rate, time elapsed and, when the total is known, time left. Redrawn
 * at most five times a second, so it costs nothing per document.
 *
 * @module
 * @internal
 */

/** A progress line; `tick` after each unit of work, `done` at the end. */
export interface Progress {
  /** Reports that `count` units are done, `fraction` (0..1) of the whole when known. */
  tick(count: number, fraction?: number): void;
  /** Writes a message to standard error on a line of its own; the progress line comes back. */
  say(text: string): void;
  /** Clears the line (the report follows on standard output). */
  done(): void;
}

const REDRAW_MS = 200;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
}

/** A progress line writing through `write`, or one that draws nothing when `enabled` is false. */
export function createProgress(
  label: string,
  write: (text: string) => void,
  enabled: boolean,
  now: () => number = () => performance.now(),
): Progress {
  if (!enabled) return { tick: () => undefined, say: write, done: () => undefined };
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    tick(count, fraction) {
      const time = now();
      if (time - last < REDRAW_MS) return;
      last = time;
      const elapsed = (time - started) / 1000;
      const rate = elapsed > 0 ? count / elapsed : 0;
      const left =
        fraction !== undefined && fraction > 0 ? (elapsed / fraction) * (1 - fraction) : Number.NaN;
      const percent = fraction === undefined ? '' : ` ${(fraction * 100).toFixed(0)}%`;
      write(
        `\r${label}${percent}: ${count.toLocaleString('en')} documents, ${rate.toFixed(0)}/s, ${duration(elapsed)} elapsed${fraction === undefined ? '' : `, about ${duration(left)} left`}\u001b[K`,
      );
      drawn = true;
    },
    say(text) {
      if (drawn) write('\r\u001b[K');
      write(text);
      last = -Infinity;
    },
    done() {
      if (drawn) write('\r\u001b[K');
      drawn = false;
    },
  };
}
