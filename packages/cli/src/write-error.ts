/** The one-line failure for a file or folder that cannot be written: names it and says what to do. */
import { type CliError, failure } from './cli-error.js';
import { writeErrorText } from './output.js';

/**
 * A failure for a path that cannot be written (`--out` of `parse`, the files `export` writes).
 *
 * @param path - The path as the user gave it (or under the folder they gave).
 * @param error - The error of the file system.
 * @param isDirectory - What to say when the path is a directory (EISDIR).
 */
export function writeFileError(path: string, error: unknown, isDirectory: string): CliError {
  const { code } = error as NodeJS.ErrnoException;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return failure(`${path}: cannot write: its folder does not exist; create it or give another --out`);
    case 'EEXIST':
      return failure(`${path}: cannot write: a file of that name is in the way; give another --out`);
    case 'EISDIR':
      return failure(`${path}: cannot write: is a directory; ${isDirectory}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return failure(`${path}: cannot write: permission denied; give a file in a folder you can write`);
    case 'ENOSPC':
      return failure(`${path}: cannot write: no space left on the device; free some space or write elsewhere`);
    default:
      return failure(`${path}: cannot write: ${writeErrorText(error as NodeJS.ErrnoException)}`);
  }
}
