/**
 * Zod without its compiled fast path (parsers built with `new Function`): results are the
 * same. The built app's Content-Security-Policy forbids `new Function` (no 'unsafe-eval'; see
 * vite.config.ts), and the command line parses a scenario once or twice, where compiling the
 * fast path cost more (about 15 ms of each start) than it saved. Zod reads the setting when a
 * schema is made, so import this module before any module that makes one: first in the
 * app's and the command line's entries.
 */
import { z } from 'zod';

z.config({ jitless: true });
