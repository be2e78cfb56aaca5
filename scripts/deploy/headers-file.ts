/**
 * A `_headers` file read and applied as Netlify and Cloudflare Pages do, for
 * tests: blocks of a URL pattern and indented `Name: value` lines; every block
 * whose pattern matches a request's path applies, in order. A header set by
 * two matching blocks is joined with a comma (Cloudflare Pages; Netlify's
 * own tools keep the later one instead, which the generated file never relies
 * on), and `! Name` drops a header set by an earlier block (Cloudflare Pages).
 * A splat `*` matches anything, `/` included; `:name` matches one segment.
 */
export interface HeaderRule {
  pattern: string;
  matches: RegExp;
  set: Array<[name: string, value: string]>;
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), matches: patternToRegExp(line.trim()), set: [], detach: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any path`);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rule.detach.push(detach[1]!);
      return;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!header) throw new Error(`_headers line ${index + 1}: not "Name: value": ${line}`);
    rule.set.push([header[1]!, header[2]!]);
  });
  return rules;
}

/** The headers the rules give a URL path, by lower-case name, with the rules that set each. */
export function headersForPath(
  rules: readonly HeaderRule[],
  path: string,
): Map<string, { value: string; from: string[] }> {
  const headers = new Map<string, { value: string; from: string[] }>();
  for (const rule of rules) {
    if (!rule.matches.test(path)) continue;
    for (const name of rule.detach) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const earlier = headers.get(key);
      headers.set(
        key,
        earlier
          ? { value: `${earlier.value}, ${value}`, from: [...earlier.from, rule.pattern] }
          : { value, from: [rule.pattern] },
      );
    }
  }
  return headers;
}

function patternToRegExp(pattern: string): RegExp {
  const path = pattern.replace(/^https:\/\/[^/]+/, '');
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  // "s": a splat matches anything, a decoded line break included.
  return new RegExp(`^${source}$`, 's');
}
