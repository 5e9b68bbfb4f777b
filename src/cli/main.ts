// The command-line grader: `cs-note check|findings FILE... | -`.
import { parseArgs, UsageError } from './args';
import { InputError, readInputs } from './input';
import { checkInputs, checkJson, checkText, findingsJson, hasErrors } from './report';

const USAGE = `Usage: cs-note <command> [options] FILE... | -

Commands:
  check      grade patient notes against the Note Quality Checklist
  findings   print the clinical findings the grader understood (JSON)

Options:
  --format text|json   output format of check (default: text)
  --complaint ID       chief complaint, overriding front matter and inference
  -h, --help           show this help

Exit status: 0 no error-severity findings, 1 error-severity findings, 2 bad usage or unreadable input.
`;

function run(argv: readonly string[]): number {
  if (argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const request = parseArgs(argv);
  const inputs = readInputs(request.files);
  if (request.command === 'findings') {
    process.stdout.write(findingsJson(inputs, request.complaint));
    return 0;
  }
  const checked = checkInputs(inputs, request.complaint);
  process.stdout.write(request.format === 'json' ? checkJson(checked) : checkText(checked));
  return hasErrors(checked) ? 1 : 0;
}

function main(argv: readonly string[]): number {
  try {
    return run(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      // One line, as for unreadable input: scripts grep it; the usage is one --help away.
      process.stderr.write(`cs-note: ${error.message} (see cs-note --help)\n`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`cs-note: ${error.message}\n`);
      return 2;
    }
    // An internal error is a bug: say so plainly instead of a stack trace.
    process.stderr.write(`cs-note: internal error: ${(error as Error).message ?? String(error)}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
