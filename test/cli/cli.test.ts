import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { FIXTURE_DIR } from '../helpers/fixtures.js';

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the CLI in-process on the real file system, with `stdin` as standard input. */
function cli(argv: string[], stdin = '', extraFiles: Record<string, Uint8Array> = {}): Run {
  const files = fileSystemIo();
  // Files given in memory are read whole, as by a caller without random access.
  const { readAt: _readAt, sizeOf: _sizeOf, ...whole } = files.io;
  const io: CliIo = {
    ...whole,
    read: (path) => {
      if (path === '-') return new TextEncoder().encode(stdin);
      return extraFiles[path] ?? readFileSync(path);
    },
    isDirectory: (path) => (path in extraFiles ? false : statSync(path).isDirectory()),
  };
  const code = runCli(argv, io);
  return { code, out: files.out(), err: files.err() };
}

const page002 = join(FIXTURE_DIR, '002_ba402d13770ffab5.txt');
const page001 = join(FIXTURE_DIR, '001_57b294f25469d0e0.txt');

describe('copydesk analyze', () => {
  it('prints a readable report of the article', () => {
    const { code, out } = cli(['analyze', page002]);
    expect(code).toBe(0);
    expect(out).toContain('title      How China recruits its spies in the U.S.');
    expect(out).toContain('language   eng');
    expect(out).toMatch(/Jim Lewis \(cue\), said/);
    expect(out).toMatch(/ORGANIZATION\s+Ministry of State Security/);
  });

  it('prints JSON with --json, with offsets into the file', () => {
    const { code, out } = cli(['analyze', '--json', page002]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      title: string;
      quotes: { text: string; start: number; end: number }[];
    };
    const text = readFileSync(page002, 'utf8');
    expect(result.title).toBe('How China recruits its spies in the U.S.');
    for (const q of result.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('reads standard input with -', () => {
    const { code, out } = cli(['analyze', '-'], '"We will win," Jim Lewis said.');
    expect(code).toBe(0);
    expect(out).toContain('Jim Lewis');
  });
});

const htmlPage = join(FIXTURE_DIR, 'html', 'json-ld.html');

describe('copydesk strip and analyze on HTML', () => {
  it('strip reads an HTML file: the metadata title and date, the decoded body', () => {
    const { code, out } = cli(['strip', htmlPage]);
    expect(code).toBe(0);
    const [title, date, , first] = out.split('\n');
    expect(title).toBe('Harbour plan wins backing from the council');
    expect(date).toBe('2024-03-05');
    expect(first).toMatch(/^The city council voted on Tuesday to back a £20 million plan/);
    expect(out).not.toContain('<p>');
    expect(out).not.toContain('Most read');
  });

  it('strip --blocks gives the markup reasons; --format text reads the same file as text', () => {
    const blocks = cli(['strip', '--blocks', htmlPage]).out.split('\n');
    expect(blocks).toContain(
      'drop comments          I have lived here all my life and I think this is the best news the harbour has had in ye…',
    );
    const asText = cli(['strip', '--format', 'text', '--json', htmlPage]);
    const result = JSON.parse(asText.out) as { blocks: { text: string }[] };
    expect(result.blocks.some((b) => b.text.includes('<p>'))).toBe(true);
    expect(cli(['strip', '--format', 'xml', htmlPage]).code).toBe(2);
  });

  it('refuses --format on commands that do not strip a page', () => {
    const { code, err } = cli(['language', '--format', 'html', htmlPage]);
    expect(code).toBe(2);
    expect(err).toContain('--format: only strip and analyze read HTML, not language');
  });

  it('analyze reads HTML from standard input, with offsets into it', () => {
    const html = readFileSync(htmlPage, 'utf8');
    const { code, out } = cli(['analyze', '--json', '-'], html);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      title: string;
      quotes: { text: string; start: number; end: number; speaker: { name: string } }[];
    };
    expect(result.title).toBe('Harbour plan wins backing from the council');
    const quote = result.quotes[0];
    expect(quote?.speaker.name).toBe('Jane Smith');
    expect(html.slice(quote?.start, quote?.end)).toBe(quote?.text);
  });
});

describe('copydesk strip, quotes, language', () => {
  it('strip prints title and body, and --blocks the reason of every block', () => {
    const body = cli(['strip', page002]);
    expect(body.code).toBe(0);
    expect(body.out.startsWith('How China recruits its spies in the U.S.\n\n')).toBe(true);
    expect(body.out).not.toContain('魅影直播');
    const blocks = cli(['strip', '--blocks', page002]);
    expect(blocks.out.split('\n')[0]).toMatch(/^drop foreign-script\s+魅影直播$/);
  });

  it('quotes lists who said what', () => {
    const { code, out } = cli(['quotes', page002]);
    expect(code).toBe(0);
    expect(out).toContain('“Money works like a charm,” — Jim Lewis (cue), said [direct]');
    expect(cli(['quotes', '-'], 'No quotes here.').out).toBe('no quotes found\n');
  });

  it('language reports the language and script', () => {
    expect(cli(['language', page002]).out).toMatch(/^language eng \(confidence 0\.\d+\), script Latin\n$/);
    expect(JSON.parse(cli(['language', '--json', '-'], '').out)).toEqual({
      language: 'und',
      confidence: 0,
      script: 'None',
    });
  });
});

describe('copydesk compare and dedupe', () => {
  it('compare prints the relation, the original and the aligned sentences', () => {
    const { code, out } = cli(['compare', page001, page002]);
    expect(code).toBe(0);
    expect(out).toContain('relation  retranslation (a copy)');
    expect(out).toContain(`original  ${page002}`);
    expect(out).toMatch(/aligned sentences \(\d+\)/);
  });

  it('dedupe reports the one copy family among the fixtures, its original and what the copy changed', () => {
    const { code, out, err } = cli(['dedupe', FIXTURE_DIR]);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^family 1: 2 documents, original \S*002_ba402d13770ffab5\.txt \(fewer copying artefacts\)\n/,
    );
    expect(out).toMatch(
      /001_57b294f25469d0e0\.txt: retranslation 0\.\d+, copied from \S*002_ba402d13770ffab5\.txt/,
    );
    expect(out).toContain(
      "quote: They could be plotting. It's happened before, -> They could plot. It happened before,",
    );
    expect(out).not.toContain('family 2');
    expect(err).toBe('');
    const json = JSON.parse(cli(['dedupe', '--json', page001, page002]).out) as {
      documents: number;
      families: { ids: string[]; original: string; edges: { copy: string; source: string }[] }[];
    };
    expect(json.documents).toBe(2);
    expect(json.families).toHaveLength(1);
    expect(json.families[0]?.original).toBe(page002);
    expect(json.families[0]?.edges).toMatchObject([{ copy: page001, source: page002 }]);
  });

  it('dedupe reads a JSONL collection line by line, reports bad lines by number and skips them', () => {
    const line = (id: string, text: string): string => JSON.stringify({ id, text });
    const jsonl = [
      line('farm', readFileSync(page001, 'utf8')),
      '{"id": "broken", "text": ',
      line('wire', readFileSync(page002, 'utf8')),
      '',
      '{"id": 7}',
      line('other', readFileSync(join(FIXTURE_DIR, '003_256d1d0393d35cd2.txt'), 'utf8')),
    ].join('\n');
    const bytes = new TextEncoder().encode(jsonl);
    const { code, out, err } = cli(['dedupe', '--json', 'day.jsonl'], '', { 'day.jsonl': bytes });
    expect(code).toBe(0);
    expect(err).toContain('copydesk: day.jsonl:2: skipped: not JSON\n');
    expect(err).toContain('copydesk: day.jsonl:5: skipped: expected "text" to be a string\n');
    expect(err).toContain('copydesk: day.jsonl: skipped 2 bad lines\n');
    const json = JSON.parse(out) as { documents: number; skipped: number; families: { original: string }[] };
    expect(json).toMatchObject({ documents: 3, skipped: 2 });
    expect(json.families.map((f) => f.original)).toEqual(['wire']);
  });

  it('dedupe draws a progress line on a terminal, and none with --quiet', () => {
    const withTerminal = (argv: string[]): string => {
      const terminal = fileSystemIo(true);
      runCli(argv, terminal.io);
      return terminal.err();
    };
    expect(withTerminal(['dedupe', FIXTURE_DIR + '/001_57b294f25469d0e0.txt', page002])).toMatch(
      /\rindexing \d+%: 1 documents, \d+\/s, \d+ s elapsed, about .+ left/,
    );
    expect(withTerminal(['dedupe', '--quiet', page001, page002])).toBe('');
  });

  it('index build, add and query: a saved index grows and answers which documents a file copies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-index-'));
    try {
      const saved = join(dir, 'day.cpdx');
      const io = fileSystemIo();
      expect(
        runCli(
          ['index', 'build', page002, join(FIXTURE_DIR, '000_2e42bbe1a26f43e9.txt'), '-o', saved],
          io.io,
        ),
      ).toBe(0);
      expect(io.out()).toBe(`indexed 2 documents into ${saved}\n`);
      expect(runCli(['index', 'add', saved, join(FIXTURE_DIR, '003_256d1d0393d35cd2.txt')], io.io)).toBe(0);
      expect(io.out()).toContain('added 1 documents: 2 -> 3');
      expect(runCli(['index', 'query', '--json', saved, page001], io.io)).toBe(0);
      const matches = JSON.parse(io.out()) as { id: string; relation: string }[];
      expect(matches[0]).toMatchObject({ id: page002, relation: 'retranslation' });
      // A truncated index is refused with a clear message and exit code 1.
      const bytes = readFileSync(saved);
      const cut = join(dir, 'cut.cpdx');
      writeFileSync(cut, bytes.subarray(0, bytes.length - 3));
      expect(runCli(['index', 'query', cut, page001], io.io)).toBe(1);
      expect(io.err()).toContain('truncated file');
      expect(runCli(['index', 'build', page001], io.io)).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('dedupe --dot writes a Graphviz digraph: one cluster per family, copy -> source', () => {
    const { code, out } = cli(['dedupe', '--dot', FIXTURE_DIR]);
    expect(code).toBe(0);
    expect(isDotGraph(out)).toBe(true);
    expect(out).toContain('subgraph "cluster_1" {');
    expect(out).toMatch(
      /"[^"]*001_57b294f25469d0e0\.txt" -> "[^"]*002_ba402d13770ffab5\.txt" \[label="retranslation 0\.\d\d"\];/,
    );
    // Graphviz itself, when the machine has it, must accept the graph.
    const dot = spawnSync('dot', ['-Tsvg'], { input: out, encoding: 'utf8' });
    if (dot.error === undefined) {
      expect(dot.status).toBe(0);
      expect(dot.stdout).toContain('<svg');
    }
  });
});

/** The real file system, with standard output and error captured (each read empties them). */
function fileSystemIo(errIsTerminal = false): { io: CliIo; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    read: (path) => readFileSync(path),
    isDirectory: (path) => statSync(path).isDirectory(),
    listFiles: (dir) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(dir, e.name))
        .sort(),
    sizeOf: (path) => statSync(path).size,
    readAt: (path, offset, length) => readFileSync(path).subarray(offset, offset + length),
    writeChunks: (path, chunks) => writeFileSync(path, Buffer.concat([...chunks])),
    errIsTerminal,
  };
  const take = (get: () => string, reset: () => void) => () => {
    const value = get();
    reset();
    return value;
  };
  return {
    io,
    out: take(
      () => out,
      () => {
        out = '';
      },
    ),
    err: take(
      () => err,
      () => {
        err = '';
      },
    ),
  };
}

/**
 * Whether `text` is a DOT digraph in the subset `dedupe --dot` writes: `digraph ID {`, then
 * attribute statements, node statements, edge statements and subgraphs, braces balanced, every
 * identifier a plain word or a quoted string with escaped quotes.
 */
function isDotGraph(text: string): boolean {
  const lines = text.trimEnd().split('\n');
  if (lines[0] !== 'digraph copies {' || lines[lines.length - 1] !== '}') return false;
  const quoted = '"(?:[^"\\\\]|\\\\.)*"';
  const attrs = `\\[[a-z]+=(?:${quoted}|[a-z]+)(?:, [a-z]+=(?:${quoted}|[a-z]+))*\\]`;
  const statement = new RegExp(
    `^(?:[a-z]+=(?:${quoted}|[A-Z]+);|node ${attrs};|${quoted}(?: ${attrs})?;|${quoted} -> ${quoted}(?: ${attrs})?;|subgraph ${quoted} \\{|\\})$`,
  );
  let depth = 1;
  for (const line of lines.slice(1, -1)) {
    const trimmed = line.trim();
    if (!statement.test(trimmed)) return false;
    if (trimmed.endsWith('{')) depth++;
    if (trimmed === '}') depth--;
    if (depth < 1) return false;
  }
  return depth === 1;
}

describe('copydesk errors and exit codes', () => {
  it('prints help with -h and exits 0', () => {
    const { code, out } = cli(['-h']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: copydesk <command>');
  });

  it('exits 2 for a missing command, an unknown command, an unknown option or missing arguments', () => {
    expect(cli([]).code).toBe(2);
    const unknown = cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("unknown command 'frobnicate'");
    expect(cli(['analyze', '--nope', page002]).code).toBe(2);
    expect(cli(['analyze']).code).toBe(2);
    expect(cli(['compare', page001]).code).toBe(2);
    expect(cli(['dedupe']).code).toBe(2);
  });

  it('exits 1 with a clear message for a missing file, a folder, a binary file or an empty folder', () => {
    const missing = cli(['analyze', 'no-such-file.txt']);
    expect(missing).toMatchObject({ code: 1, err: 'copydesk: no such file: no-such-file.txt\n' });
    expect(cli(['quotes', FIXTURE_DIR]).err).toContain('is a folder; expected a file');
    const binary = cli(['strip', 'blob.bin'], '', { 'blob.bin': new Uint8Array([0x50, 0x4b, 0x00, 0x01]) });
    expect(binary).toMatchObject({
      code: 1,
      err: 'copydesk: blob.bin looks binary (it has NUL bytes); expected text\n',
    });
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-empty-'));
    try {
      expect(cli(['dedupe', folder])).toMatchObject({ code: 1, err: `copydesk: ${folder} holds no files\n` });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    expect(cli(['dedupe', 'nothing-here']).err).toContain('no such file or folder: nothing-here');
  });
});
