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
import { compareDocuments, createCopyIndex } from '../copies/index.js';
import type { CopyFamily } from '../copies/index-types.js';
import { detectLanguage } from '../language/index.js';
import { extractQuotes } from '../quotes/index.js';
import type { Quote } from '../quotes/types.js';
import { type CliIo, eachLine, InputError, readText } from './io.js';
import { createProgress } from './progress.js';

export const USAGE = `Usage: copydesk <command> [options] ARGS

Commands:
  analyze FILE|-         the article, its quotes, entities and numbers (of a page's HTML or text)
  strip FILE|-           the article body without the page furniture (--blocks: every block and why)
  quotes FILE|-          who said what
  compare A B            are two texts copies of one another, with the aligned sentences
  dedupe DIR|FILES...    copy families among many texts (text files, or JSONL files of
                         {"id","text"} a line): each family's original and, for every copy,
                         what it copied, how, and what changed (--dot: Graphviz)
  language FILE|-        the language and script of a text

Options:
  --json                 print machine-readable JSON instead of a report
  --blocks               (strip) list every block with its kind and reason
  --dot                  (dedupe) print the families as a Graphviz graph (copy -> source)
  -q, --quiet            no progress line on standard error
  --format auto|html|text
                         (strip, analyze) read the input as HTML or as plain text (default:
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
  readonly format: 'auto' | 'html' | 'text';
}

const FORMATS = ['auto', 'html', 'text'] as const;

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

/** Where a document of a JSONL collection is, to read its text again when it is verified. */
interface LineLocation {
  readonly path: string;
  readonly offset: number;
  readonly length: number;
}

/** Whether a path names a JSONL collection (`{ "id", "text" }` a line) rather than a text file. */
function isJsonLines(path: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(path);
}

/** The id and text of one JSONL line, or the reason it is not a document. */
function parseDocumentLine(text: string): { id: string; text: string; published?: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const doc = value as { id?: unknown; text?: unknown; published?: unknown } | null;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
    return 'expected an object { "id", "text" }';
  const id = typeof doc.id === 'number' ? String(doc.id) : doc.id;
  if (typeof id !== 'string' || id === '') return 'expected "id" to be a non-empty string';
  if (typeof doc.text !== 'string') return 'expected "text" to be a string';
  return typeof doc.published === 'string'
    ? { id, text: doc.text, published: doc.published }
    : { id, text: doc.text };
}

function runDedupe(io: CliIo, args: readonly string[], flags: Flags): void {
  if (args.length === 0) throw new UsageError('dedupe: expected a folder, files or a JSONL file');
  const files: string[] = [];
  const collections: string[] = [];
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = io.isDirectory(arg);
    } catch {
      throw new InputError(`no such file or folder: ${arg}`);
    }
    if (!isDir) {
      (isJsonLines(arg) ? collections : files).push(arg);
      continue;
    }
    const inside = io.listFiles(arg);
    if (inside.length === 0) throw new InputError(`${arg} holds no files`);
    files.push(...inside);
  }
  // Texts stay where they are (files, lines of a JSONL file) and are read again when a candidate
  // pair is verified, so memory holds only the index.
  const lines = new Map<string, LineLocation>();
  const getText = (id: string): string => {
    const at = lines.get(id);
    if (!at) return readText(io, id);
    const bytes = io.readAt
      ? io.readAt(at.path, at.offset, at.length)
      : io.read(at.path).subarray(at.offset, at.offset + at.length);
    const doc = parseDocumentLine(new TextDecoder('utf-8').decode(bytes));
    return typeof doc === 'string' ? '' : doc.text;
  };
  const index = createCopyIndex({ getText });
  const progress = createProgress(
    'indexing',
    (text) => io.err(text),
    io.errIsTerminal === true && !flags.quiet,
  );
  let documents = 0;
  let skipped = 0;
  files.forEach((file, i) => {
    let text: string;
    try {
      text = readText(io, file);
    } catch (error) {
      skipped++;
      io.err(`copydesk: skipping ${(error as Error).message}\n`);
      return;
    }
    index.add(file, text);
    documents++;
    progress.tick(documents, (i + 1) / files.length);
  });
  for (const path of collections) {
    let bad = 0;
    const size = io.sizeOf?.(path);
    try {
      eachLine(io, path, (line) => {
        if (line.text.trim() === '') return;
        const doc = parseDocumentLine(line.text);
        if (typeof doc === 'string') {
          bad++;
          io.err(`copydesk: ${path}:${line.number}: skipped: ${doc}\n`);
          return;
        }
        lines.set(doc.id, { path, offset: line.offset, length: line.length });
        index.add(doc.id, doc.text, doc.published === undefined ? undefined : { published: doc.published });
        documents++;
        progress.tick(documents, size ? (line.offset + line.length) / size : undefined);
      });
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
    }
    if (bad > 0) io.err(`copydesk: ${path}: skipped ${bad} bad line${bad === 1 ? '' : 's'}\n`);
    skipped += bad;
  }
  progress.done();
  if (documents === 0) throw new InputError('no readable documents');
  const families = index.families();
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
        ? `family ${f + 1}: ${family.ids.length} files, original unknown (centre ${family.centre})`
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

const COMMANDS: Readonly<Record<string, (io: CliIo, args: readonly string[], flags: Flags) => void>> = {
  analyze: runAnalyze,
  strip: runStrip,
  quotes: runQuotes,
  compare: runCompare,
  dedupe: runDedupe,
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
    const format = parseFormat(values.format);
    run(io, args, {
      json: values.json === true,
      blocks: values.blocks === true,
      dot: values.dot === true,
      quiet: values.quiet === true,
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
