import { describe, expect, it } from 'vitest';
import { checkDistinct, decimalsOf, parseInterval, parseLevels, splitVary, steppedRange } from '../../src/experiments/levels';
import { DesignError } from '../../src/experiments/errors';

const levels = (text: string) => parseLevels(splitVary(text));

describe('factor levels', () => {
  it('reads a list of numbers, words and JSON values', () => {
    expect(levels('a.b=0,0.1,0.2')).toEqual([0, 0.1, 0.2]);
    expect(levels('lanceur.datePolicy=keep,level')).toEqual(['keep', 'level']);
    expect(levels('x=true, 3 ,false')).toEqual([true, 3, false]);
  });

  it('expands a range with both ends and no float drift', () => {
    expect(levels('a=0:0.3:0.05')).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(levels('a=0:0.3:0.1')).toEqual([0, 0.1, 0.2, 0.3]);
    expect(levels('a=0.7:1:0.1')).toEqual([0.7, 0.8, 0.9, 1]);
    expect(levels('a=1:10:4')).toEqual([1, 5, 9]);
    expect(steppedRange(0, 1e-6, 2.5e-7)).toEqual([0, 2.5e-7, 5e-7, 7.5e-7, 1e-6]);
    expect(decimalsOf(0.05)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(12)).toBe(0);
  });

  it('a range whose start equals its end is one value', () => {
    expect(levels('a=0.2:0.2:0.1')).toEqual([0.2]);
  });

  it('reads an interval for Latin hypercube sampling', () => {
    expect(parseInterval(splitVary('a=0:0.4'))).toEqual({ min: 0, max: 0.4 });
  });

  it.each([
    ['a', /expected path=values/],
    ['=1,2', /expected path=values/],
    ['a=', /expected path=values/],
    ['a=0,,1', /empty value/],
    ['a=0:1', /needs a step/],
    ['a=x:1:0.1', /start "x" is not a number/],
    ['a=0:1:0', /step must be positive/],
    ['a=0:1:-0.1', /step must be positive/],
    ['a=1:0:0.1', /below the start/],
    ['a=0:1:0.1:3', /expected start:end:step/],
  ])('refuses --vary %s', (text, message) => {
    expect(() => levels(text)).toThrow(DesignError);
    expect(() => levels(text)).toThrow(message);
  });

  it('refuses an interval that is not min < max', () => {
    expect(() => parseInterval(splitVary('a=0.4:0.1'))).toThrow(/max must be above the min/);
    expect(() => parseInterval(splitVary('a=0:0.1:0.05'))).toThrow(/with --lhs/);
  });

  it('refuses a parameter varied twice', () => {
    expect(() => checkDistinct(['a', 'b', 'a'])).toThrow(/varied twice/);
  });
});
