import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsedLineBlocks, plainAtxHeadings } from '../../src/core/note/blocks';

/** Lines a note may hold, and the Markdown that could make a "#" line something other than a heading. */
const LINES = [
  '## History', '# History', '### Physical Examination', '#', '####### seven', '#no-space', '   ## indented three',
  '    ## indented four', '\t## tab', '- ## in a list', '> ## quoted', '1. # numbered', '2.5 # of pads',
  'HPI: 45 yo M with chest pain # 3', 'ROS: - fever, - chills', '- nausea', '-', '---', '===', 'Title', 'x =',
  '- - -', '* * *', '```', '~~~', '    code', '<div>', '[ref]: /url', '[ref]:', '> quote', '', '  - nested bullet',
  '10. item', 'Vitals: BP 120/80', '\u00a0# nbsp', '#\tTab after', '## closing ##', 'text -', '1)', '+ ve',
];

/** Lines the shortcut reads itself: with these mostly, it answers for most notes drawn. */
const PLAIN_LINES = ['## History', '# History', '### Physical Examination', '#', '   ## indented three', '#\tTab after', '## closing ##', 'HPI: 45 yo M with chest pain # 3', 'ROS: - fever, - chills', '- nausea', '  - nested bullet', '10. item', 'Title', '', '\u00a0# nbsp', '+ ve', '1)'];

function lineCountOf(text: string): number {
  return text.split('\n').length;
}

describe('plainAtxHeadings', () => {
  it('agrees with markdown-it whenever it answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 14 }), (lines) => {
        const text = lines.join('\n');
        const fast = plainAtxHeadings(text, lineCountOf(text));
        if (fast) assert.deepEqual(fast, parsedLineBlocks(text, lineCountOf(text)));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with markdown-it on notes of mostly plain lines, where it answers most often', () => {
    const line = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...PLAIN_LINES) }, { weight: 1, arbitrary: fc.constantFrom(...LINES) });
    let answered = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const text = lines.join('\n');
        const fast = plainAtxHeadings(text, lineCountOf(text));
        if (fast) {
          answered++;
          assert.deepEqual(fast, parsedLineBlocks(text, lineCountOf(text)));
        }
      }),
      { numRuns: 2000 },
    );
    // The comparison above must have been made, not skipped: the shortcut answers for most of these notes.
    assert.ok(answered > 1000, `answered ${answered} of 2000`);
  });

  it('answers for a note of plain ATX headings and bullets, level by level', () => {
    const text = '## History\nHPI: cough x 3 days\n- fever\n\n### Physical Examination\nLungs: clear';
    const fast = plainAtxHeadings(text, lineCountOf(text));
    assert.ok(fast);
    assert.deepEqual([...fast.headingLevel], [2, 0, 0, 0, 3, 0]);
    assert.deepEqual(fast, parsedLineBlocks(text, lineCountOf(text)));
  });

  it('leaves to markdown-it what only a parser can tell: fences, setext underlines, headings in a list or quote', () => {
    for (const text of ['```\n# not a heading\n```', 'History\n-------', '- # in a list', '> # quoted', '    # code', '<div>\n# x\n</div>']) {
      assert.equal(plainAtxHeadings(text, lineCountOf(text)), undefined, text);
    }
  });
});
