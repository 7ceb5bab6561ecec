/**
 * The transcendental functions the simulation uses, with the same bits in every JavaScript
 * engine. ECMAScript leaves `Math.log`, `Math.exp`, `Math.cos`, `Math.pow` (and `**`)
 * "implementation-approximated": V8 in Node and in Chromium gave different last digits, so
 * the same seed gave another trace. These are @stdlib's pure-JavaScript ports of FreeBSD's
 * fdlibm, made only of exactly specified operations (+, −, ×, ÷, sqrt, bit access), so
 * every engine computes the same double. `Math.sqrt`, `floor`, `round`, `min`, `max`, `abs`,
 * `imul` are exactly specified and stay as they are. Pure.
 */
import stdlibLn from '@stdlib/math-base-special-ln';
import stdlibExp from '@stdlib/math-base-special-exp';
import stdlibCos from '@stdlib/math-base-special-cos';
import stdlibPow from '@stdlib/math-base-special-pow';

/** The natural logarithm of `x` (NaN below 0, −Infinity at 0). */
export const ln: (x: number) => number = stdlibLn;

/** e to the power `x`. */
export const exp: (x: number) => number = stdlibExp;

/** The cosine of `x` radians. */
export const cos: (x: number) => number = stdlibCos;

/** `base` to the power `exponent` (fdlibm's pow: exact when the result is exactly representable, e.g. ten to the third). */
export const pow: (base: number, exponent: number) => number = stdlibPow;
