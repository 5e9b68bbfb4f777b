import { statedHpiElements } from '../clinical/hpiElements';
import type { ComplaintKnowledge, HpiElement } from '../clinical/types';
import { anchorFor } from './anchors';
import type { Rule } from './rule';

/** The six elements every HPI is graded on; a complaint may drop ones that don't apply (location of low mood). */
const GRADED_ELEMENTS: readonly HpiElement[] = ['onset', 'location', 'duration', 'character', 'modifiers', 'associated'];

const ELEMENT_HINTS: Readonly<Record<HpiElement, string>> = {
  onset: 'when and how it started',
  location: 'where it is',
  duration: 'how long it has lasted',
  character: 'what it feels like',
  modifiers: 'what makes it better or worse',
  associated: 'associated symptoms',
  severity: 'how severe it is',
  timing: 'constant or intermittent',
  radiation: 'where it radiates',
};

/** With no complaint known, only what every complaint asks: a low mood has no location to leave out. */
function askedOfEveryComplaint(element: HpiElement, complaints: readonly ComplaintKnowledge[]): boolean {
  return complaints.every((complaint) => complaint.hpiElements.includes(element));
}

export const hpiElementMissing: Rule = {
  id: 'hpi-element-missing',
  description: 'The HPI leaves out onset, location, duration, character, modifying factors or associated symptoms.',
  tags: ['history', 'hpi'],
  defaultSeverity: 'warning',
  checklist: 'hpi',
  check({ note, analysis, complaint, index }, report) {
    const span = analysis.hpiSpan;
    if (!span) return;
    // Two or more distinct findings in the HPI are associated symptoms even without "associated with".
    const associatedByMentions = new Set(analysis.hpi.map((mention) => mention.concept)).size >= 2;
    const expected = GRADED_ELEMENTS.filter(
      (element) =>
        (complaint ? complaint.hpiElements.includes(element) : askedOfEveryComplaint(element, index.knowledge.complaints)) &&
        !(element === 'associated' && associatedByMentions),
    );
    const stated = statedHpiElements(note.text, span, expected);
    for (const element of expected) {
      if (stated.has(element)) continue;
      report({
        message: `HPI does not state the ${element} (${ELEMENT_HINTS[element]}).`,
        span: anchorFor(note, 'hpi', 'history'),
        data: { element },
      });
    }
  },
};
