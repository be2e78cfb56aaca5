import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes, scriptHashOf } from './lib/security-policy';

describe('the Content-Security-Policy', () => {
  const policy = contentSecurityPolicy({ forMeta: true });

  it('allows scripts only from the site, never inline, and no plugins or base changes', () => {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('allows an inline script only by its hash, and refuses anything that is not a hash source', () => {
    const hash = "'sha256-pHvOSa71ZiHZMMEMQ2JcVQlW2/V3qvHVO4fu2cCdNA4='";
    expect(contentSecurityPolicy({ forMeta: true, scriptHashes: [hash] })).toContain(`script-src 'self' ${hash};`);
    for (const bad of ["'unsafe-inline'", "'sha256-x'; script-src *", 'sha256-abc=', "'sha256-a b'"])
      expect(() => contentSecurityPolicy({ forMeta: true, scriptHashes: [bad] }), bad).toThrow(/Not a CSP hash/);
  });

  it('names the inline scripts a page runs, and only those: not its data, not its files', () => {
    const boot = '(function(){document.documentElement.setAttribute("data-client-list","")})();';
    const page = `<head><script>${boot}</script><script type="module" src="/a.js"></script></head>
      <body><script type="application/json" id="prerendered">{"a":1}</script></body>`;
    expect(inlineScriptHashes(page)).toEqual([scriptHashOf(boot)]);
    expect(scriptHashOf(boot)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(inlineScriptHashes('<p>no scripts</p>')).toEqual([]);
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
