import type { Mention } from '../clinical/mention';
import type { KnowledgeIndex } from '../clinical/knowledgeIndex';
import type { RosSystem } from '../clinical/types';
import { anchorFor } from './anchors';
import type { Rule } from './rule';

function systemsOf(mentions: readonly Mention[], index: KnowledgeIndex): Set<RosSystem> {
  const systems = new Set<RosSystem>();
  for (const mention of mentions) {
    const system = index.findingById.get(mention.concept)?.system;
    if (system) systems.add(system);
  }
  return systems;
}

export const rosSystems: Rule = {
  id: 'ros-systems',
  description: 'The review of systems covers fewer relevant systems than a focused ROS should (3-5).',
  tags: ['history', 'ros'],
  defaultSeverity: 'warning',
  checklist: 'ros',
  check({ note, analysis, index, complaint, limits }, report) {
    if (!analysis.historySpan) return;
    // Every finding the HPI mentions is ROS too, pertinent negatives and affirmed associated symptoms alike:
    // graders credit a system wherever it is reviewed.
    const reviewed = [...analysis.ros, ...analysis.hpi];
    const covered = systemsOf(reviewed, index);
    const relevant = complaint ? [...covered].filter((system) => complaint.rosSystems.includes(system)) : [...covered];
    const needed = complaint ? Math.min(limits.minRosSystems, complaint.rosSystems.length) : limits.minRosSystems;
    if (relevant.length >= needed) return;
    const missing = complaint ? complaint.rosSystems.filter((system) => !covered.has(system)) : [];
    report({
      message: `ROS covers ${relevant.length} relevant system${relevant.length === 1 ? '' : 's'}; a focused ROS covers at least ${needed}.${missing.length > 0 ? ` Consider: ${missing.join(', ')}.` : ''}`,
      span: anchorFor(note, 'ros', 'history'),
      data: { systems: relevant.length, needed },
    });
  },
};
