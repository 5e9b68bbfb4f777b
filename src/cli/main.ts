// The command-line grader: `cs-note check|findings FILE... | -`.
const USAGE = `Usage: cs-note <command> [options] FILE... | -

Commands:
  check      grade patient notes against the Note Quality Checklist
  findings   print the clinical findings the grader understood (JSON)

Options:
  --format text|json   output format of check (default: text)
  --complaint ID       chief complaint, overriding front matter and inference
  -h, --help           show this help
`;

function main(argv: readonly string[]): number {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    process.stdout.write(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  process.stderr.write(`cs-note: unknown command '${argv[0]}'\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
