import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { loadFixtures } from '../support/fixtures';
import { summarizeCheck } from '../support/wordIdSummary';

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
