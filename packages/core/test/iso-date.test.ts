import { IsoDateSchema } from '@gongbao/core';
import { describe, expect, it } from 'vitest';

describe('IsoDateSchema', () => {
  it.each(['2024-06-04', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(IsoDateSchema.parse(value)).toBe(value);
  });

  it.each(['2024-13-45', '2023-02-29', '1900-02-29', '2024-00-10', '2024-6-4', '2024年6月4日', ''])(
    'rejects %s',
    (value) => {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    },
  );
});
