// The complaint checklist view's model (pure: no editor API), built from the built-in knowledge.
import * as assert from 'node:assert/strict';
import { builtinKnowledge } from '../../src/core/clinical/data/index';
import { checklistModel } from '../../src/features/checklists/checklistHtml';

describe('complaint checklist model', () => {
  const complaint = (id: string) => {
    const found = builtinKnowledge.complaints.find((c) => c.id === id);
    assert.ok(found, id);
    return found;
  };

  it('labels each must-do maneuver, naming the ones that may stand in for it', () => {
    const model = checklistModel(complaint('dizziness'), builtinKnowledge);
    assert.ok(model.examManeuvers.includes('Dix-Hallpike maneuver or head impulse test'), model.examManeuvers.join('; '));
    assert.ok(model.examManeuvers.includes('Romberg test'));
  });

  it('labels red flags with their section and reason', () => {
    const model = checklistModel(complaint('abdominal-pain'), builtinKnowledge);
    const melena = model.redFlags.find((flag) => flag.label === 'dark or black stools');
    assert.equal(melena?.section, 'HPI');
    assert.match(melena?.why ?? '', /upper GI bleeding/);
  });
});
