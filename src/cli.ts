#!/usr/bin/env node
/**
 * The `copydesk` bin: wires the command-line tool to Node's file system and streams. The library
 * itself does no I/O; everything here is the tool's.
 *
 * @module
 * @internal
 */
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
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
  errIsTerminal: process.stderr.isTTY === true,
  readAt: (path, offset, length) => {
    const bytes = new Uint8Array(length);
    const fd = openSync(path, 'r');
    try {
      let done = 0;
      while (done < length) {
        const read = readSync(fd, bytes, done, length - done, offset + done);
        if (read === 0) break;
        done += read;
      }
      return done === length ? bytes : bytes.subarray(0, done);
    } finally {
      closeSync(fd);
    }
  },
  sizeOf: (path) => statSync(path).size,
  writeChunks: (path, chunks) => {
    // Written beside the target and renamed at the end, so a failed save leaves the old file.
    const partial = `${path}.partial`;
    const fd = openSync(partial, 'w');
    try {
      for (const chunk of chunks) {
        let done = 0;
        while (done < chunk.length) done += writeSync(fd, chunk, done, chunk.length - done);
      }
    } catch (error) {
      closeSync(fd);
      rmSync(partial, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(partial, path);
  },
};

process.exitCode = runCli(process.argv.slice(2), io);
