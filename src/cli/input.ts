// Reading notes for the CLI, with a clear message for each way a file can't be read.
import * as fs from 'node:fs';

export class InputError extends Error {}

export interface NoteInput {
  readonly file: string;
  readonly text: string;
}

function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read standard input: ${(error as Error).message}`);
  }
}

// A NUL byte in the first 8 KB is how git and grep tell binary files from text.
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function readNoteFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'error'})`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, not a note`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new InputError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (looksBinary(bytes)) throw new InputError(`${file}: looks like a binary file, not a note`);
  const text = bytes.toString('utf8');
  if (text.trim().length === 0) throw new InputError(`${file}: is empty`);
  return text;
}

export function readInputs(files: readonly string[]): NoteInput[] {
  return files.map((file) => {
    if (file !== '-') return { file, text: readNoteFile(file) };
    const text = readStdin();
    if (text.trim().length === 0) throw new InputError('standard input is empty');
    return { file: '-', text };
  });
}
