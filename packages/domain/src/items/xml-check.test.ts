import { describe, expect, it } from 'vitest';
import { checkWellFormedXml } from './xml-check.ts';

describe('XML well-formedness check', () => {
  it('accepts well-formed documents', () => {
    expect(checkWellFormedXml('<?xml version="1.0"?><svg a="1" b=\'2\'><g><text>甲 &amp; 乙 &#20013;</text></g><path d="M0 0"/><!-- c --></svg>')).toEqual({ ok: true, root: 'svg', elements: 4 });
  });
  it('refuses what a parser would refuse', () => {
    const bad = [
      '<svg><g></svg>',
      '<svg><text>a < b</text></svg>',
      '<svg><text>a & b</text></svg>',
      '<svg a=1></svg>',
      '<svg a="1" a="2"></svg>',
      '<svg a="x<y"></svg>',
      '<svg></svg><svg></svg>',
      'text<svg></svg>',
      '<svg>',
      '<svg a="1"b="2"></svg>',
      '',
    ];
    for (const xml of bad) expect(checkWellFormedXml(xml).ok, xml).toBe(false);
  });
});
