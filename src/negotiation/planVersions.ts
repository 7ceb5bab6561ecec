/**
 * The plan's history. The plan is the set of commitments on orders (quantity, promised date,
 * quality, priority); every accepted change appends a version saying who changed which
 * commitment, when, from what to what, and why. Append-only.
 */

/** A commitment of the plan that can change. */
export type Commitment = 'order' | 'promisedDay' | 'quantity' | 'product' | 'quality' | 'priority' | 'cancelled';

/** One version of the plan: the change that made it. */
export interface PlanVersion {
  version: number;
  time: number;
  by: string;
  order: number;
  commitment: Commitment;
  from: number | string | null;
  to: number | string | null;
  reason: string;
}

/** The plan history of a run. `versions[i].version === i + 1`. */
export class PlanHistory {
  constructor(readonly versions: PlanVersion[] = []) {}

  /**
   * Appends `change` as a version and returns its number. The version is a new object with all
   * its fields at once: adding `version` to the caller's object would give each of the tens of
   * thousands of versions of a long run a second block for that one field.
   */
  record(change: Omit<PlanVersion, 'version'>): number {
    const version = this.versions.length + 1;
    const { time, by, order, commitment, from, to, reason } = change;
    this.versions.push({ time, by, order, commitment, from, to, reason, version });
    return version;
  }

  /** The versions touching one order, oldest first. */
  ofOrder(order: number): PlanVersion[] {
    return this.versions.filter((v) => v.order === order);
  }
}
