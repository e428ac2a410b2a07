/**
 * Reading the user's text: a file or stdin (`-`), decoded strictly (UTF-8 by default, UTF-16 when
 * it starts with a byte-order mark, or `--encoding gb18030` …), with one-line errors that name the
 * path, a progress bar for large files on a terminal, and line by line for commands that need no
 * more than a line at a time (so that a file of any size fits in memory).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { TextDecoder } from 'node:util';
import { failure, usageError } from './cli-error.js';
import type { Context } from './context.js';
import { Progress } from './progress.js';

/** Where a text comes from, and how to decode it. */
export interface TextSource {
  /** The path as given; `-` for stdin. */
  readonly path: string;
  /** The encoding (WHATWG label): `utf-8` (default), `gb18030`, `utf-16le` … */
  readonly encoding?: string;
  /** At most this many bytes (default {@link MAX_TEXT_BYTES}); more is refused with a one-line error. */
  readonly maxBytes?: number;
  /** What the error for a larger file says to do (default: split it). */
  readonly tooLarge?: string;
}

/** Texts larger than this are refused: a JavaScript string holds at most about 512 M characters. */
export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/** The name diagnostics and errors use: the path, or `<stdin>`. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** Checks an `--encoding` label before anything is read. */
export function checkEncoding(encoding: string | undefined): string {
  const label = encoding ?? 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    throw usageError(
      `unknown encoding '${label}'`,
      'Use a WHATWG encoding label: utf-8 (the default), gb18030, gbk, big5, utf-16le.',
    );
  }
}

interface Opened {
  readonly stream: AsyncIterable<Uint8Array | string>;
  readonly size: number | undefined;
  /** Closes a file (stdin stays open). */
  readonly close: () => void;
}

async function open(ctx: Context, path: string): Promise<Opened> {
  if (path.trim() === '') throw usageError('the file name is empty', 'Give a path, or - to read stdin.');
  if (path === '-') return { stream: ctx.stdin, size: undefined, close: () => {} };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw failure(`${path}: is a directory; give a file (or - to read stdin)`);
    size = info.isFile() ? info.size : Number.NaN;
  } catch (error) {
    throw fileError(path, error);
  }
  const stream = createReadStream(path);
  return { stream, size: Number.isNaN(size) ? undefined : size, close: () => stream.destroy() };
}

/** A one-line failure naming the path, from an error of the file system. */
function fileError(path: string, error: unknown): Error {
  if (error instanceof Error && error.name === 'CliError') return error;
  const { code, message } = error as NodeJS.ErrnoException;
  const name = displayName(path);
  switch (code) {
    case 'ENOENT':
      return failure(`${name}: no such file; check the path (or give - to read stdin)`);
    case 'EACCES':
    case 'EPERM':
      return failure(`${name}: permission denied; check the file's permissions (or give - to read stdin)`);
    case 'EISDIR':
      return failure(`${name}: is a directory; give a file (or - to read stdin)`);
    case 'ENOTDIR':
      return failure(`${name}: a part of the path before the file name is not a directory; check the path`);
    case 'ELOOP':
      return failure(`${name}: too many symbolic links (a loop?); check where the link points`);
    case 'ENAMETOOLONG':
      return failure(`${name}: the path is too long; check it`);
    case undefined:
      return failure(`${name}: cannot read: ${message}`);
    default:
      // Node's message repeats the path after the system call: `EIO: i/o error, read`.
      return failure(
        `${name}: cannot read (${code}: ${message.split(', ')[0]?.replace(`${code}: `, '')}); check the file`,
      );
  }
}

/** Why a byte sequence is not text of the expected encoding, in one line. */
function notText(name: string, encoding: string, binary: boolean, at: number): Error {
  if (binary) return failure(`${name}: a binary file (a NUL byte at offset ${at}), not text; give a text file`);
  const hint = encoding === 'utf-8' ? '; if it is GBK/GB18030 text, add --encoding gb18030' : '; check the --encoding';
  return failure(`${name}: not valid ${encoding} text (near byte ${at})${hint}`);
}

/**
 * The decoded chunks of a file or stdin, in order. Refuses binary data (a NUL byte, outside
 * UTF-16) and byte sequences the encoding does not allow.
 */
async function* decodedChunks(ctx: Context, source: TextSource, progress: boolean): AsyncGenerator<string> {
  const name = displayName(source.path);
  let encoding = checkEncoding(source.encoding);
  const { stream, size, close } = await open(ctx, source.path);
  const bar =
    progress && ctx.err.isTTY && (size ?? 0) > 4 * 1024 * 1024 ? new Progress(ctx, `reading ${name}`, size) : undefined;
  let decoder: TextDecoder | undefined;
  let offset = 0;
  try {
    for await (const chunk of stream) {
      const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
      if (decoder === undefined) {
        // A byte-order mark tells UTF-16 apart (its text is full of NUL bytes).
        if (encoding === 'utf-8' && bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
        else if (encoding === 'utf-8' && bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
        decoder = new TextDecoder(encoding, { fatal: true });
      }
      if (!encoding.startsWith('utf-16')) {
        const nul = bytes.indexOf(0);
        if (nul !== -1) throw notText(name, encoding, true, offset + nul);
      }
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: true });
      } catch {
        throw notText(name, encoding, false, offset);
      }
      offset += bytes.length;
      const limit = source.maxBytes ?? MAX_TEXT_BYTES;
      if (offset > limit) {
        throw failure(
          `${name}: larger than ${limit / 1024 / 1024} MB; ${source.tooLarge ?? 'split it into smaller files'}`,
        );
      }
      bar?.update(offset);
      if (text !== '') yield text;
    }
    const rest = decoder === undefined ? '' : decodeRest(decoder, name, encoding, offset);
    if (rest !== '') yield rest;
  } catch (error) {
    throw fileError(source.path, error);
  } finally {
    bar?.done();
    close();
  }
}

function decodeRest(decoder: TextDecoder, name: string, encoding: string, offset: number): string {
  try {
    return decoder.decode();
  } catch {
    throw notText(name, encoding, false, offset);
  }
}

/**
 * The whole text of a file or of stdin.
 *
 * @throws CliError (exit 1) with a one-line message naming the path when the file cannot be read,
 *   is binary or is not text in the encoding.
 */
export async function readText(ctx: Context, source: TextSource): Promise<string> {
  const parts: string[] = [];
  for await (const chunk of decodedChunks(ctx, source, true)) parts.push(chunk);
  return parts.join('');
}

/** One line of a text with the UTF-16 offset where it starts in the whole text. */
export interface TextLine {
  /** The line without its line break (`\n` or `\r\n`). */
  readonly text: string;
  /** UTF-16 offset of the line's first character in the whole text. */
  readonly offset: number;
  /** 1-based line number. */
  readonly number: number;
}

/**
 * The lines of a file or of stdin, read a chunk at a time: memory stays bounded by the longest
 * line, whatever the size of the file.
 */
export async function* readLines(ctx: Context, source: TextSource): AsyncGenerator<TextLine> {
  // The pieces of the line not yet ended: each chunk is searched once, and a long line is joined
  // once (appending to one growing string would copy it again for every chunk).
  let pieces: string[] = [];
  let offset = 0;
  let number = 1;
  const lineOf = (last: string): TextLine => {
    pieces.push(last);
    const whole = pieces.length === 1 ? last : pieces.join('');
    pieces = [];
    const line = { text: whole.endsWith('\r') ? whole.slice(0, -1) : whole, offset, number };
    offset += whole.length + 1;
    number++;
    return line;
  };
  for await (const chunk of decodedChunks(ctx, source, true)) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      yield lineOf(chunk.slice(start, end));
      start = end + 1;
    }
    if (start < chunk.length) pieces.push(chunk.slice(start));
  }
  if (pieces.length > 0) yield lineOf('');
}
