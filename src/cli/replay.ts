/**
 * `replay <session.json> [--json]`: reruns a role-play session in Node (scenario, seed, seats,
 * each person's recorded answer when its decision comes) to the moment it was saved. Prints the
 * run's report; the JSON report gains `replay: { decisions, identical }`. Exits 1, naming the
 * first decision that diverges, when the replay is not identical.
 */
import { buildReport } from '../metrics/report';
import { parseJson } from '../scenario/load';
import { ScenarioError } from '../scenario/errors';
import { checkSession } from '../session/sessionCheck';
import { replaySession } from '../session/replay';
import { readTextFile } from './textFile';
import { parse } from './options';
import { formatReport } from './format';
import { UserError } from './userError';

/** Runs the `replay` command; returns the exit code. */
export function replayCommand(args: string[]): number {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1) throw new UserError('replay: expected one session file, for example: replay session.json');
  const file = positionals[0];
  let session;
  try {
    session = checkSession(parseJson(readTextFile(file, 'session'), file), file);
  } catch (e) {
    if (e instanceof ScenarioError) throw new UserError(e.message.split('\n')[0]);
    throw e;
  }
  const result = replaySession(session);
  const report = { ...buildReport(result.recorder.sim), replay: { decisions: result.decisions, identical: result.identical } };
  process.stdout.write(values.json ? JSON.stringify(report, null, 2) + '\n' : `${formatReport(report)}\nreplay            ${result.decisions} decisions · ${result.identical ? 'identical' : 'DIVERGES'}\n`);
  if (result.divergence) {
    process.stderr.write(`negoplan: ${file}: the replay diverges: ${result.divergence.reason}\n`);
    return 1;
  }
  return 0;
}
