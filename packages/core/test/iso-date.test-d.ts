import type { IsoDate } from '@gongbao/core';
import type { IsoDate as UtilsIsoDate } from '@gongbao/utils';
import { expectTypeOf, test } from 'vitest';

test('IsoDate is the tagged string of @gongbao/utils', () => {
  expectTypeOf<IsoDate>().toEqualTypeOf<UtilsIsoDate>();
  expectTypeOf<IsoDate>().toMatchTypeOf<string>();
  expectTypeOf<string>().not.toMatchTypeOf<IsoDate>();
});
