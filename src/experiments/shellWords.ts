/**
 * Command lines as a POSIX shell reads them: quoting one word, so that a printed command
 * (the sweep's canonical command, the browser's Experiments tab) can be pasted into a shell
 * and gives the program the very words it was built from. Pure.
 */

/** `arg` as a POSIX shell word (quoted only when it needs to be). */
export function quoted(arg: string): string {
  return /^[\w./:=,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The words joined into one command line, each quoted as it needs. */
export function commandLine(words: readonly string[]): string {
  return words.map(quoted).join(' ');
}
