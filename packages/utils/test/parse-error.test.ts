import { ParseError } from '@gongbao/utils';
import { ParseError as FromDates } from '@gongbao/utils/dates';
import { ParseError as FromNumbering } from '@gongbao/utils/numbering';
import { describe, expect, it } from 'vitest';

describe('ParseError', () => {
  it('carries code, input and index, and is one class across subpaths', () => {
    const error = new ParseError('UNEXPECTED_CHARACTER', '十x', 'Unexpected character', 1);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ParseError');
    expect(error.code).toBe('UNEXPECTED_CHARACTER');
    expect(error.input).toBe('十x');
    expect(error.index).toBe(1);
    expect(error.message).toContain('index 1');
    expect(FromNumbering).toBe(ParseError);
    expect(FromDates).toBe(ParseError);
  });

  it('has no index property when none is given', () => {
    const error = new ParseError('EMPTY', '', 'Empty input');
    expect('index' in error).toBe(false);
  });
});
