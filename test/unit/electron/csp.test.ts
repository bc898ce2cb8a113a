import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../../shared/ipc/csp';

const indexHtml = new URL('../../../renderer/index.html', import.meta.url);

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe('Content-Security-Policy', () => {
  it('lets nothing leave the machine: every source is self, none, data: or blob:', () => {
    for (const [name, values] of directives(CONTENT_SECURITY_POLICY)) {
      for (const value of values) {
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${value}`).toContain(
          value,
        );
      }
    }
  });

  it('allows no inline or eval script, no plugins, no framing', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  });

  it('keeps header-only directives out of the meta version, which is otherwise the same', () => {
    const meta = directives(CONTENT_SECURITY_POLICY_META);
    expect(meta.has('frame-ancestors')).toBe(false);
    const header = directives(CONTENT_SECURITY_POLICY);
    header.delete('frame-ancestors');
    expect(meta).toEqual(header);
  });

  it.skipIf(!existsSync(indexHtml))('is the policy of renderer/index.html', () => {
    const html = readFileSync(indexHtml, 'utf8');
    const tag = html.match(/<meta[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/is)?.[0];
    expect(tag, 'renderer/index.html has a CSP meta tag').toBeDefined();
    const quoted = tag?.match(/content=(?:"([^"]*)"|'([^']*)')/s);
    const content = quoted?.[1] ?? quoted?.[2];
    expect(content?.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY_META);
  });
});
