// Command-line arguments of cs-note, parsed into a typed request or a usage error.
export type Command = 'check' | 'findings';
export type Format = 'text' | 'json';

export interface CliRequest {
  readonly command: Command;
  readonly files: readonly string[];
  readonly format: Format;
  readonly complaint: string | undefined;
}

export class UsageError extends Error {}

const COMMANDS: readonly Command[] = ['check', 'findings'];

function valueOf(argv: readonly string[], at: number, flag: string): string {
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value`);
  return value;
}

export function parseArgs(argv: readonly string[]): CliRequest {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('missing command');
  if (!(COMMANDS as readonly string[]).includes(command)) throw new UsageError(`unknown command '${command}'`);
  const files: string[] = [];
  let format: Format = command === 'findings' ? 'json' : 'text';
  let complaint: string | undefined;
  for (let at = 0; at < rest.length; at++) {
    const arg = rest[at] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--format') {
      const value = inline ?? valueOf(rest, at++, flag);
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format must be text or json, not '${value}'`);
      format = value;
    } else if (flag === '--complaint') {
      complaint = inline ?? valueOf(rest, at++, flag);
    } else if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (files.length === 0) throw new UsageError('no input: give one or more FILEs, or - for standard input');
  return { command: command as Command, files, format, complaint };
}
