import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as browserEntry from './index.ts';
import * as nodeEntry from './node.ts';

const here = dirname(fileURLToPath(import.meta.url));
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*'([^']+)'|^\s*import\s*'([^']+)'/gm)].map((m) => m[1] ?? m[2]);

// Everything a bundler would pull in from a file, following relative imports within the package.
const reachable = (entry: string) => {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of importsOf(file)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else packages.add(spec);
    }
  };
  visit(join(here, entry));
  return { files, packages };
};

describe('browser bundle', () => {
  it('index.ts reaches no node: module and no package but sm-crypto-v2', () => {
    const { files, packages } = reachable('index.ts');
    expect([...packages]).toEqual(['sm-crypto-v2']);
    expect([...files].some((f) => f.endsWith('sm3-node.ts'))).toBe(false);
  });

  it('node.ts is where node:crypto comes in', () => {
    expect(reachable('node.ts').packages.has('node:crypto')).toBe(true);
  });
});

describe('entry points', () => {
  it("index's merkle hashes with pure-JS SM3, node's with OpenSSL, and both export the same API", () => {
    expect(browserEntry.merkle.hasher).toBe(browserEntry.jsTreeHasher);
    expect(nodeEntry.merkle.hasher).toBe(nodeEntry.nodeTreeHasher);
    const missing = Object.keys(browserEntry).filter((name) => !(name in nodeEntry));
    expect(missing).toEqual([]);
  });
});
