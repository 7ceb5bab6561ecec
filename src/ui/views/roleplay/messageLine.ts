/**
 * A message between seats as one line of text: when it was said (the team's simulated time),
 * who (with their name, when given) to whom, and the text. Shown as text, never as HTML, by the
 * participant's page, the sessions console and the debrief.
 */
import { simTime } from './decisionDialog';

/** The line of a message said at simulated hour `time` (hours since the start). */
export function messageLine(time: number, m: { from: string; to: string; text: string; name?: string }): string {
  return `${simTime(time)} · ${m.from}${m.name ? ` (${m.name})` : ''} → ${m.to}: ${m.text}`;
}
