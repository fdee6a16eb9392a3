#!/usr/bin/env node
/**
 * The `copydesk` command-line tool. Reads a file (or standard input with `-`) and prints what
 * copydesk finds in it. Node only; the library itself has no I/O.
 *
 * @module
 * @internal
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLanguage } from './language/index.js';

const USAGE = `Usage: copydesk <command> [options] FILE|-

Commands:
  language FILE|-   the language and script of a text

Options:
  --json            print machine-readable JSON
  -h, --help        show this help
`;

/** Exit codes: 0 ok, 1 bad input (missing, unreadable or binary file), 2 bad usage. */
const EXIT = { ok: 0, input: 1, usage: 2 } as const;

function readInput(path: string): string {
  const bytes = path === '-' ? readFileSync(0) : readFileSync(path);
  if (bytes.includes(0))
    throw new Error(`${path === '-' ? 'standard input' : path} looks binary (it has NUL bytes)`);
  return bytes.toString('utf8');
}

function main(argv: readonly string[]): number {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`copydesk: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const [command, file] = parsed.positionals;
  if (parsed.values.help || command === undefined) {
    process.stdout.write(USAGE);
    return parsed.values.help ? EXIT.ok : EXIT.usage;
  }
  if (command !== 'language') {
    process.stderr.write(`copydesk: unknown command '${command}'\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (file === undefined) {
    process.stderr.write(`copydesk: ${command}: expected a FILE or - for standard input\n`);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = readInput(file);
  } catch (error) {
    const message =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${file}` : (error as Error).message;
    process.stderr.write(`copydesk: ${message}\n`);
    return EXIT.input;
  }
  const result = detectLanguage(text);
  process.stdout.write(
    parsed.values.json
      ? `${JSON.stringify(result)}\n`
      : `language ${result.language} (confidence ${result.confidence}), script ${result.script}\n`,
  );
  return EXIT.ok;
}

process.exitCode = main(process.argv.slice(2));
