import * as assert from 'node:assert/strict';
import { largeDocumentNotice, utf8Kb } from '../../src/features/largeDocument';

describe('large documents', () => {
  it('a note within the limit gets no notice', () => {
    assert.equal(largeDocumentNotice('x'.repeat(200 * 1024), 200), undefined);
    assert.equal(largeDocumentNotice('', 200), undefined);
  });

  it('a note past the limit gets one notice naming its size, the setting and Check Note', () => {
    const notice = largeDocumentNotice('x'.repeat(200 * 1024 + 1), 200);
    assert.ok(notice);
    assert.equal(notice.limitKb, 200);
    assert.match(notice.message, /200 KB, larger than csNote\.check\.maxDocumentSizeKb \(200 KB\)/);
    assert.match(notice.message, /Check Note/);
  });

  it('counts UTF-8 bytes: multi-byte and astral characters weigh more than their UTF-16 length', () => {
    assert.equal(utf8Kb('a'.repeat(1024)), 1);
    assert.equal(utf8Kb('é'.repeat(512)), 1);
    assert.equal(utf8Kb('€'.repeat(1024)), 3);
    assert.equal(utf8Kb('😀'.repeat(256)), 1);
    assert.equal(utf8Kb('\uD83D'), 3 / 1024, 'a lone surrogate is written as U+FFFD, 3 bytes');
    assert.ok(largeDocumentNotice('€'.repeat(70 * 1024), 200), '210 KB of euro signs');
  });

  it('a non-positive or non-finite limit never blocks checking', () => {
    assert.equal(largeDocumentNotice('x'.repeat(10000), 0), undefined);
    assert.equal(largeDocumentNotice('x'.repeat(10000), Number.NaN), undefined);
  });
});
