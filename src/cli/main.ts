/**
 * negoplan's headless entry: `npm run --silent sim -- <command> ...` runs {@link main} with
 * the arguments and exits with its code. Output piped into a reader that stops early
 * (`| head`) ends the run quietly instead of with a stack trace. Zod runs without its compiled
 * fast path (scenario/jitless.ts, imported first).
 */
import '../scenario/jitless';
import { main } from './cli';

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
