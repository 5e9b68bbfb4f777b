// The rule registry: every rule the checker runs, in the order findings are listed.
import { dxCount } from './dxCount';
import { dxUnsupported } from './dxUnsupported';
import { dxUntested } from './dxUntested';
import { hpiElementMissing } from './hpiElementMissing';
import { missingRedFlag } from './missingRedFlag';
import { missingSection } from './missingSection';
import { peFocusedMissing } from './peFocusedMissing';
import { peVitalsMissing } from './peVitalsMissing';
import { rosSystems } from './rosSystems';
import type { Rule } from './rule';
import { ruleOutWording } from './ruleOutWording';
import { sectionLength } from './sectionLength';
import { sensitiveExamPerformed } from './sensitiveExamPerformed';
import { workupCount } from './workupCount';
import { workupNotATest } from './workupNotATest';
import { workupUntied } from './workupUntied';

export const RULES: readonly Rule[] = [
  missingSection,
  missingRedFlag,
  hpiElementMissing,
  rosSystems,
  peVitalsMissing,
  peFocusedMissing,
  sensitiveExamPerformed,
  dxCount,
  dxUnsupported,
  ruleOutWording,
  dxUntested,
  workupUntied,
  workupNotATest,
  workupCount,
  sectionLength,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
