/**
 * The `copydesk` command-line tool: argument parsing, the commands and their reports. Exit codes:
 * 0 success, 1 bad input (missing, unreadable or binary file, empty folder), 2 bad usage.
 *
 * @module
 * @internal
 */
import { parseArgs } from 'node:util';
import { analyze } from '../analyze/index.js';
import { stripBoilerplate } from '../boilerplate/index.js';
import type { Block } from '../boilerplate/types.js';
import { CopyIndex } from '../copies/copy-index.js';
import { compareDocuments, createCopyIndex } from '../copies/index.js';
import type { CopyFamily } from '../copies/index-types.js';
import { SavedIndexError } from '../copies/saved.js';
import { detectLanguage } from '../language/index.js';
import { extractQuotes } from '../quotes/index.js';
import type { Quote } from '../quotes/types.js';
import { addCollection, textFromSources, underNotice } from './collection.js';
import { type CliIo, InputError, readText } from './io.js';

export const USAGE = `Usage: copydesk <command> [options] ARGS

Commands:
  analyze FILE|-         the article, its quotes, entities and numbers (of a page's HTML or text)
  strip FILE|-           the article body without the page furniture (--blocks: every block and why)
  quotes FILE|-          who said what
  compare A B            are two texts copies of one another, with the aligned sentences
  dedupe DIR|FILES...    copy families among many texts (text files, or JSONL files of
                         {"id","text"} a line): each family's original and, for every copy,
                         what it copied, how, and what changed (--dot: Graphviz)
  index build SRC... -o INDEX
                         save a copy index of folders, text files or JSONL files (texts stay
                         where they are; the index keeps where to find them)
  index add INDEX SRC... add documents to a saved index
  index query INDEX FILE the documents of a saved index that FILE copies or is copied from
  language FILE|-        the language and script of a text

Options:
  --json                 print machine-readable JSON instead of a report
  --blocks               (strip) list every block with its kind and reason
  --dot                  (dedupe) print the families as a Graphviz graph (copy -> source)
  -q, --quiet            no progress line on standard error
  -o, --output INDEX     (index build, index add) the index file to write
  --format auto|html|text
                         (strip, analyze only) read the input as HTML or as plain text (default:
                         auto, HTML when it opens with a tag or holds <html>, <head> or <body>)
  -h, --help             show this help

FILE may be - to read standard input. Exit codes: 0 ok, 1 bad input, 2 bad usage.
`;

const EXIT = { ok: 0, input: 1, usage: 2 } as const;

class UsageError extends Error {}

interface Flags {
  readonly json: boolean;
  readonly blocks: boolean;
  readonly dot: boolean;
  readonly quiet: boolean;
  readonly output: string | undefined;
  readonly format: 'auto' | 'html' | 'text';
}

const FORMATS = ['auto', 'html', 'text'] as const;

/** The commands that take `--format` (those that strip a page). */
const READS_PAGES: ReadonlySet<string> = new Set(['strip', 'analyze']);

function parseFormat(value: string | undefined): Flags['format'] {
  if (value === undefined) return 'auto';
  const format = FORMATS.find((f) => f === value);
  if (!format) throw new UsageError(`--format: expected auto, html or text, got '${value}'`);
  return format;
}

function oneFile(command: string, args: readonly string[]): string {
  if (args.length !== 1) throw new UsageError(`${command}: expected one FILE (or - for standard input)`);
  return args[0] as string;
}

function quoteLine(quote: Quote): string {
  const who = quote.speaker ? `${quote.speaker.name} (${quote.speaker.via})` : 'unattributed';
  const cue = quote.cue ? `, ${quote.cue.text}` : '';
  return `“${quote.text}” — ${who}${cue} [${quote.kind}]`;
}

function blockLine(block: Block): string {
  const label = block.kind === 'boilerplate' ? `drop ${block.reason ?? ''}`.trim() : `keep ${block.kind}`;
  const text = block.text.length > 90 ? `${block.text.slice(0, 89)}…` : block.text;
  return `${label.padEnd(22)} ${text}`;
}

function runAnalyze(io: CliIo, args: readonly string[], flags: Flags): void {
  const text = readText(io, oneFile('analyze', args));
  const result = analyze(text, { boilerplate: { format: flags.format } });
  if (flags.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [
    `title      ${result.title ?? '—'}`,
    `published  ${result.published ?? '—'}`,
    `language   ${result.language}`,
    `body       ${result.blocks.filter((b) => b.kind !== 'boilerplate').length} of ${result.blocks.length} blocks kept, ${result.body.length} characters`,
    '',
    `quotes (${result.quotes.length})`,
    ...result.quotes.map((q) => `  ${quoteLine(q)}`),
    '',
    `entities (${result.entities.length})`,
    ...result.entities.map((e) => `  ${e.type.padEnd(13)} ${e.name}  ×${e.mentions.length}`),
    '',
    `numbers (${result.numbers.length})`,
    ...result.numbers.map(
      (n) =>
        `  ${n.kind.padEnd(10)} ${n.text}  = ${n.date ?? n.value}${n.unit ? ` ${n.unit}` : ''}${n.modifier ? ` (${n.modifier})` : ''}`,
    ),
  ];
  io.out(`${lines.join('\n')}\n`);
}

function runStrip(io: CliIo, args: readonly string[], flags: Flags): void {
  const text = readText(io, oneFile('strip', args));
  const result = stripBoilerplate(text, { format: flags.format });
  if (flags.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  if (flags.blocks) {
    io.out(`${result.blocks.map(blockLine).join('\n')}\n`);
    return;
  }
  const head = [result.title, result.published].filter((x) => x !== null).join('\n');
  io.out(`${head ? `${head}\n\n` : ''}${result.body}\n`);
}

function runQuotes(io: CliIo, args: readonly string[], flags: Flags): void {
  const text = readText(io, oneFile('quotes', args));
  const quotes = extractQuotes(text);
  if (flags.json) {
    io.out(`${JSON.stringify(quotes, null, 2)}\n`);
    return;
  }
  io.out(quotes.length === 0 ? 'no quotes found\n' : `${quotes.map(quoteLine).join('\n')}\n`);
}

function runCompare(io: CliIo, args: readonly string[], flags: Flags): void {
  if (args.length !== 2) throw new UsageError('compare: expected two files, A and B');
  const [pathA, pathB] = args as [string, string];
  const result = compareDocuments(readText(io, pathA), readText(io, pathB));
  if (flags.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const original = result.original === null ? 'unknown' : result.original === 'a' ? pathA : pathB;
  const lines = [
    `relation  ${result.relation}${result.isCopy ? ' (a copy)' : ''}`,
    `score     ${result.score.toFixed(3)}`,
    `original  ${original}`,
    '',
    `aligned sentences (${result.alignment.length})`,
  ];
  for (const pair of result.alignment) {
    lines.push(`  ${pair.similarity.toFixed(2)}  A: ${pair.a.text}`, `        B: ${pair.b.text}`);
    for (const change of result.changes) {
      if (change.a !== null && change.a.start >= pair.a.start && change.a.end <= pair.a.end) {
        lines.push(`        changed ${change.kind}: ${change.a.text} → ${change.b?.text ?? '(gone)'}`);
      }
    }
  }
  io.out(`${lines.join('\n')}\n`);
}

function runDedupe(io: CliIo, args: readonly string[], flags: Flags): void {
  if (args.length === 0) throw new UsageError('dedupe: expected a folder, files or a JSONL file');
  // Texts stay where they are (files, lines of a JSONL file) and are read again when a candidate
  // pair is verified, so memory holds only the index.
  const index: CopyIndex = createCopyIndex({ getText: textFromSources(io, () => index) });
  const { documents, skipped } = addCollection(io, index, args, flags.quiet);
  if (documents === 0) throw new InputError('no readable documents');
  const families = underNotice(io, flags.quiet, 'verifying candidate pairs…', () => index.families());
  if (flags.dot) {
    io.out(familiesAsDot(families));
    return;
  }
  if (flags.json) {
    io.out(`${JSON.stringify({ documents, skipped, families }, null, 2)}\n`);
    return;
  }
  if (families.length === 0) {
    io.out(`no copies among ${documents} documents\n`);
    return;
  }
  io.out(`${familyReport(families).join('\n')}\n`);
}

/** At most this many changes are listed per copy in the report (`--json` has them all). */
const CHANGES_SHOWN = 5;

/** The readable report of `dedupe`: each family, its original, each copy and what changed. */
function familyReport(families: readonly CopyFamily[]): string[] {
  const lines: string[] = [];
  families.forEach((family, f) => {
    const how =
      family.basis === 'published'
        ? `published first, ${family.published[family.original ?? ''] ?? ''}`
        : 'fewer copying artefacts';
    lines.push(
      family.original === null
        ? `family ${f + 1}: ${family.ids.length} documents, original unknown (centre ${family.centre})`
        : `family ${f + 1}: ${family.ids.length} documents, original ${family.original} (${how})`,
    );
    for (const edge of family.edges) {
      const verb = family.original === null ? 'copy of' : 'copied from';
      lines.push(`  ${edge.copy}: ${edge.relation} ${edge.score.toFixed(3)}, ${verb} ${edge.source}`);
      for (const change of edge.changes.slice(0, CHANGES_SHOWN)) {
        lines.push(`    ${change.kind}: ${change.b?.text ?? '(none)'} -> ${change.a?.text ?? '(none)'}`);
      }
      if (edge.changes.length > CHANGES_SHOWN)
        lines.push(`    … ${edge.changes.length - CHANGES_SHOWN} more changes (--json lists them all)`);
    }
  });
  return lines;
}

/** A DOT string literal: quotes and backslashes escaped, line breaks as `\n`. */
function dotString(value: string): string {
  let out = '"';
  for (const ch of value) {
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch !== '\r') out += ch;
  }
  return `${out}"`;
}

/** The families as a Graphviz digraph: one cluster per family, an edge from each copy to its source. */
function familiesAsDot(families: readonly CopyFamily[]): string {
  const lines = ['digraph copies {', '  rankdir=RL;', '  node [shape=box];'];
  families.forEach((family, f) => {
    lines.push(`  subgraph ${dotString(`cluster_${f + 1}`)} {`);
    lines.push(`    label=${dotString(`family ${f + 1}`)};`);
    for (const id of family.ids) {
      const original = id === family.original;
      lines.push(`    ${dotString(id)}${original ? ' [style=bold, xlabel="original"]' : ''};`);
    }
    for (const edge of family.edges) {
      const label = `${edge.relation} ${edge.score.toFixed(2)}`;
      const style = family.original === null ? ', dir=none' : '';
      lines.push(
        `    ${dotString(edge.copy)} -> ${dotString(edge.source)} [label=${dotString(label)}${style}];`,
      );
    }
    lines.push('  }');
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function runLanguage(io: CliIo, args: readonly string[], flags: Flags): void {
  const result = detectLanguage(readText(io, oneFile('language', args)));
  io.out(
    flags.json
      ? `${JSON.stringify(result)}\n`
      : `language ${result.language} (confidence ${result.confidence}), script ${result.script}\n`,
  );
}

/** Reads a saved index file in 1 MB chunks (whole, without `readAt`). */
function* fileChunks(io: CliIo, path: string): Generator<Uint8Array> {
  const size = io.sizeOf?.(path);
  if (!io.readAt || size === undefined) {
    yield io.read(path);
    return;
  }
  for (let offset = 0; offset < size; offset += 1 << 20)
    yield io.readAt(path, offset, Math.min(1 << 20, size - offset));
}

function loadIndexFile(io: CliIo, path: string): CopyIndex {
  try {
    io.isDirectory(path);
  } catch {
    throw new InputError(`no such index: ${path}`);
  }
  try {
    const index: CopyIndex = CopyIndex.load(fileChunks(io, path), {
      getText: textFromSources(io, () => index),
    });
    return index;
  } catch (error) {
    if (error instanceof SavedIndexError)
      throw new InputError(`${path}: ${error.message.replace('copydesk: ', '')}`);
    throw error;
  }
}

function saveIndexFile(io: CliIo, index: CopyIndex, path: string): void {
  if (!io.writeChunks) throw new InputError('this environment cannot write files');
  io.writeChunks(path, index.save());
}

/** `copydesk index build|add|query`: a saved copy index that grows by day and answers queries. */
function runIndex(io: CliIo, args: readonly string[], flags: Flags): void {
  const [action, ...rest] = args;
  if (action === 'build') {
    if (!flags.output) throw new UsageError('index build: expected -o INDEX, the file to write');
    if (rest.length === 0) throw new UsageError('index build: expected folders, files or JSONL files');
    const index: CopyIndex = createCopyIndex({ getText: textFromSources(io, () => index) });
    const { documents, skipped } = addCollection(io, index, rest, flags.quiet);
    if (documents === 0) throw new InputError('no readable documents');
    saveIndexFile(io, index, flags.output);
    io.out(`indexed ${documents} documents${skipped ? ` (skipped ${skipped})` : ''} into ${flags.output}\n`);
    return;
  }
  if (action === 'add') {
    const [path, ...sources] = rest;
    if (path === undefined || sources.length === 0)
      throw new UsageError('index add: expected INDEX and folders, files or JSONL files to add');
    const index = loadIndexFile(io, path);
    const before = index.size;
    const { documents, skipped } = addCollection(io, index, sources, flags.quiet);
    saveIndexFile(io, index, flags.output ?? path);
    io.out(
      `added ${documents} documents${skipped ? ` (skipped ${skipped})` : ''}: ${before} -> ${index.size} in ${flags.output ?? path}\n`,
    );
    return;
  }
  if (action === 'query') {
    const [path, file] = rest;
    if (path === undefined || file === undefined || rest.length !== 2)
      throw new UsageError('index query: expected INDEX and one FILE (or - for standard input)');
    const index = loadIndexFile(io, path);
    const matches = index.query(readText(io, file));
    if (flags.json) {
      io.out(`${JSON.stringify(matches, null, 2)}\n`);
      return;
    }
    if (matches.length === 0) {
      io.out(`no copies of ${file} among ${index.size} documents\n`);
      return;
    }
    for (const m of matches)
      io.out(`${m.id}  ${m.relation} ${m.score.toFixed(3)}${m.isCopy ? '' : ' (not a copy)'}\n`);
    return;
  }
  throw new UsageError(
    `index: expected build, add or query, got ${action === undefined ? 'nothing' : `'${action}'`}`,
  );
}

const COMMANDS: Readonly<Record<string, (io: CliIo, args: readonly string[], flags: Flags) => void>> = {
  analyze: runAnalyze,
  strip: runStrip,
  quotes: runQuotes,
  compare: runCompare,
  dedupe: runDedupe,
  index: runIndex,
  language: runLanguage,
};

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code.
 *
 * @internal
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        blocks: { type: 'boolean', default: false },
        dot: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...args] = positionals;
    if (values.help) {
      io.out(USAGE);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError('expected a command');
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command '${command}'`);
    // Only the commands that read pages read HTML: elsewhere the flag would be silently ignored.
    if (values.format !== undefined && !READS_PAGES.has(command)) {
      throw new UsageError(`--format: only strip and analyze read HTML, not ${command}`);
    }
    const format = parseFormat(values.format);
    run(io, args, {
      json: values.json === true,
      blocks: values.blocks === true,
      dot: values.dot === true,
      quiet: values.quiet === true,
      output: values.output,
      format,
    });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) {
      io.err(`copydesk: ${error.message}\n`);
      return EXIT.input;
    }
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`copydesk: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    throw error;
  }
}
