#!/usr/bin/env node
/**
 * The `copydesk` bin: wires the command-line tool to Node's file system and streams. The library
 * itself does no I/O; everything here is the tool's.
 *
 * @module
 * @internal
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from './cli/io.js';
import { runCli } from './cli/run.js';

const io: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  read: (path) => (path === '-' ? readFileSync(0) : readFileSync(path)),
  isDirectory: (path) => statSync(path).isDirectory(),
  listFiles: (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name))
      .sort(),
};

process.exitCode = runCli(process.argv.slice(2), io);
