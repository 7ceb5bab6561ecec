/**
 * A mistake in an experiment's definition (a bad `--vary`, an unreadable design file, a
 * combination the schema refuses, a results file that cannot be read back). Its message is written for the researcher and names the
 * flag or file and what was expected; the CLI prints it alone and exits 2.
 */
export class DesignError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DesignError';
  }
}
