import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './lib/security-policy';

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy({ forMeta: true });

  it('allows scripts only from the site, never inline, and no plugins or base changes', () => {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('lets the app fetch only from the site and the configured API origin', () => {
    expect(policy).toContain("connect-src 'self';");
    expect(contentSecurityPolicy({ apiBaseUrl: 'https://cdn.example.com/reviews/v1/', forMeta: true })).toContain(
      "connect-src 'self' https://cdn.example.com;",
    );
  });

  it('forbids framing in the headers file, where a <meta> cannot', () => {
    expect(policy).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({ forMeta: false })).toContain("frame-ancestors 'none'");
  });
});
