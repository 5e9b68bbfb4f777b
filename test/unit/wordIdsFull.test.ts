import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { loadFixtures } from '../support/fixtures';
import { summarizeCheck } from '../support/wordIdSummary';
import { NO_WORD_ID, PerWordBits } from '../../src/core/text/wordIds';

describe('word ids', () => {
  it('a check reads notes the same when the id table is full and their words have no id', function () {
    this.timeout(60000);
    const notes = loadFixtures().slice(0, 12).map((fixture) => fixture.text);
    const script = path.join(__dirname, '..', 'support', 'checkWithFullWordTable.ts');
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { input: JSON.stringify(notes), encoding: 'utf8', timeout: 60000, maxBuffer: 1 << 26 });
    assert.equal(child.status, 0, child.stderr);
    const { withoutId, summaries } = JSON.parse(child.stdout) as { withoutId: number; summaries: unknown[] };
    assert.ok(withoutId > 500, `only ${withoutId} tokens went without an id`);
    assert.equal(summaries.length, notes.length);
    notes.forEach((note, k) => assert.deepEqual(summaries[k], summarizeCheck(note), `note ${k}`));
  });
});

describe('PerWordBits', () => {
  it('works a word out once, then reads its bits by id, past the first table size and for words without an id', () => {
    const asked: string[] = [];
    const bits = new PerWordBits((tok: { id: number; lower: string }) => {
      asked.push(tok.lower);
      return tok.lower.length % 2 === 0 ? 2 : 0;
    });
    const even = { id: 3, lower: 'ab' };
    const far = { id: 50_000, lower: 'abc' };
    const noId = { id: NO_WORD_ID, lower: 'abcd' };
    for (let round = 0; round < 2; round++) {
      // Bit 0 marks the answer as known, so a word whose answer is no bits still reads as 1, not as 0.
      assert.equal(bits.of(even), 3);
      assert.equal(bits.of(far), 1);
      assert.equal(bits.of(noId), 3);
    }
    assert.deepEqual(asked, ['ab', 'abc', 'abcd']);
  });
});
