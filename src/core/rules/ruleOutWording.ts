import type { Rule } from './rule';

// "r/o", "R/O", "rule out", "rule-out", "ro" at the start of a diagnosis name, with what follows it.
const RULE_OUT = /^\s*(?:r\/o|rule[\s-]?out|r\.o\.)\s*:?\s*/i;

export const ruleOutWording: Rule = {
  id: 'rule-out-wording',
  description: 'A diagnosis is written as "r/o …": the form asks for the diagnosis itself, in order of likelihood.',
  tags: ['differential', 'wording'],
  defaultSeverity: 'warning',
  checklist: 'differential',
  check({ note }, report) {
    for (const dx of note.diagnoses) {
      const name = note.text.slice(dx.nameSpan.start, dx.nameSpan.end);
      const match = RULE_OUT.exec(name);
      if (!match || match[0].length === name.length) continue;
      const span = { start: dx.nameSpan.start + (match.index ?? 0), end: dx.nameSpan.start + match[0].length };
      report({
        message: `Write the diagnosis, not "${match[0].trim()}": list what you think the patient has.`,
        span,
        data: { diagnosis: name.slice(match[0].length).trim() },
        fixes: [{ title: `Remove "${match[0].trim()}"`, edits: [{ span, newText: '' }], safe: true }],
      });
    }
  },
};
