import type { IsoDate } from '@gongbao/core';
import { expectTypeOf, test } from 'vitest';

test('IsoDate is a string type', () => {
  expectTypeOf<IsoDate>().toEqualTypeOf<string>();
});
