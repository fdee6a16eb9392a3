import { describe, expect, it } from 'vitest';
import { TopFirstStack } from '../../src/boilerplate/html/stack.js';

describe('TopFirstStack (htmlparser2’s open elements, top first)', () => {
  it('reads the top as [0], shifts and unshifts at the top, and finds open elements', () => {
    const stack = new TopFirstStack<string>(['p', 'div']);
    stack.unshift('span');
    expect(stack[0]).toBe('span');
    expect(stack.length).toBe(3);
    expect(stack.indexOf('div')).toBe(2);
    expect(stack.indexOf('table')).toBe(-1);
    expect(stack.shift()).toBe('span');
    expect(stack.indexOf('span')).toBe(-1);
    expect(stack.toArray()).toEqual(['p', 'div']);
    stack.length = 0;
    expect(stack[0]).toBe(undefined);
    expect(stack.indexOf('p')).toBe(-1);
  });
});
