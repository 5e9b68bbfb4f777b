// Public API of the core, used by the editor features, the web worker and the CLI.
export { checkNote, type CheckResult } from './check/checkNote';
export { applyFix, applySafeFixes } from './check/fixAll';
export { DEFAULT_LIMITS, type CheckOptions, type SeveritySetting } from './check/options';
export { CHECKLIST_TITLES, type NoteScore, type SectionScore } from './check/score';
export { RULES, RULE_IDS, ruleById } from './rules/index';
export type { ChecklistSection, Rule } from './rules/rule';
export { CHECKLIST_SECTIONS } from './rules/rule';
export { builtinKnowledge } from './clinical/data/index';
export type * from './clinical/types';
export type { Mention, Polarity } from './clinical/mention';
export type * from './types';
export type * from './note/model';
