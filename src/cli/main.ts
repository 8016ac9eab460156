// The `cdht` executable (dist/cli.js). Everything it does is in run.ts, so tests can run it in-process.
import { outputErrorLine } from './outputFile.js';
import { runCli } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `cdht evaluate … | head` closes the pipe early; that is not a failure of cdht.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Anything else (a full disk): the output is incomplete; say so, without a stack trace.
  const lang = process.argv.some((a, i) => a === '--lang=en' || (a === '--lang' && process.argv[i + 1] === 'en'));
  process.stderr.write(`${outputErrorLine(undefined, error.code, error.message, lang ? 'en' : 'vi')}\n`);
  process.exit(1);
});

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cdht: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
