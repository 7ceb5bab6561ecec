/**
 * An error caused by the user's input (a bad flag, a missing file, an invalid scenario): the
 * CLI prints its message alone on stderr and exits with status 2, never a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
