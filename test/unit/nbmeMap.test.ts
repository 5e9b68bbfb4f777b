// The NBME feature map (eval/nbme-feature-map.json) is well-formed and names only known concepts.
// Reads only the map, never the NBME data.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtinKnowledge } from '../../src/core/clinical/data/index';

interface MapFile {
  features: { feature: string; case: number; about: string; concepts: string[]; polarity: string }[];
  excluded: { feature: string; reason: string }[];
}

const map = JSON.parse(readFileSync(resolve(__dirname, '../../eval/nbme-feature-map.json'), 'utf8')) as MapFile;

describe('NBME feature map', () => {
  it('has mapped and excluded features', () => {
    assert.ok(Array.isArray(map.features) && map.features.length > 0);
    assert.ok(Array.isArray(map.excluded));
  });

  it('lists each feature number once, as three digits, its case the first digit', () => {
    const seen = new Set<string>();
    for (const f of [...map.features, ...map.excluded]) {
      assert.match(f.feature, /^\d{3}$/);
      assert.ok(!seen.has(f.feature), `duplicate feature ${f.feature}`);
      seen.add(f.feature);
    }
    for (const f of map.features) assert.equal(f.case, Number(f.feature[0]), f.feature);
  });

  it('gives every mapped feature concepts, a polarity and a description', () => {
    for (const f of map.features) {
      assert.ok(f.concepts.length > 0, f.feature);
      assert.equal(new Set(f.concepts).size, f.concepts.length, `duplicate concept in ${f.feature}`);
      assert.ok(f.polarity === 'affirmed' || f.polarity === 'negated', f.feature);
      assert.ok(f.about.trim().length > 0, f.feature);
    }
  });

  it('names only concepts of the built-in findings', () => {
    const known = new Set(builtinKnowledge.findings.map((c) => c.id));
    for (const f of map.features) for (const c of f.concepts) assert.ok(known.has(c), `${f.feature}: unknown concept ${c}`);
  });

  it('gives every excluded feature a reason', () => {
    for (const e of map.excluded) assert.ok(e.reason.trim().length > 0, e.feature);
  });
});
