/**
 * Zod without its compiled fast path: it would build parsers with `new Function`, which the
 * built app's Content-Security-Policy forbids (no 'unsafe-eval'; see vite.config.ts). Imported
 * first by main.ts, before any schema parses. Results are the same, only slower to check.
 */
import { z } from 'zod';

z.config({ jitless: true });
