/** Runs the built `gongbao` binary as a real process. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The built binary. */
export const BIN = join(import.meta.dirname, '../dist/bin.js');

/** What a run of the binary gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link gongbao}. */
export interface RunOptions {
  /** Text (or bytes) piped to stdin; stdin is closed empty otherwise. */
  readonly input?: string | Uint8Array;
  /** Environment variables added (colour is off unless a test turns it on). */
  readonly env?: Record<string, string | undefined>;
  /** Node options before the binary, e.g. a heap limit. */
  readonly nodeArgs?: readonly string[];
  /** Run as this user (and group): root's tests of files root could otherwise read. */
  readonly uid?: number;
}

/** Runs `gongbao args…` and waits for it to exit. */
export function gongbao(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
    for (const [key, value] of Object.entries(options.env ?? {})) env[key] = value;
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const ids = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], { env, ...ids });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) =>
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/** The JSON a run printed. */
export function json(run: Run): unknown {
  return JSON.parse(run.stdout);
}

/** A value as it comes back from JSON (undefined fields dropped). */
export function viaJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value));
}
