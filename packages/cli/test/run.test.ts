import { run } from '@gongbao/cli';
import { describe, expect, it } from 'vitest';

function capture(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('gongbao command', () => {
  it('prints a summary naming the issue and its source hash', () => {
    const { code, out } = capture(['summary']);
    expect(code).toBe(0);
    expect(out[0]).toContain('2024年第3期');
    expect(out.join('\n')).toMatch(/sha256: [0-9a-f]{64}/);
  });

  it('fails with usage on an unknown command', () => {
    const { code, err } = capture(['frobnicate']);
    expect(code).toBe(2);
    expect(err[0]).toContain("unknown command 'frobnicate'");
  });
});
