// The one-page complaint checklist (pure HTML rendering, no editor API): red flags, risk factors,
// must-do maneuvers and differentials, with labels from the knowledge.
import { maneuverChoiceLabel } from '../../core/clinical/maneuverChoice';
import type { ComplaintKnowledge, Knowledge } from '../../core/clinical/types';
import { escapeHtml, webviewPage } from '../webviewHtml';

export interface ChecklistModel {
  readonly title: string;
  readonly redFlags: readonly { label: string; why: string; section: string }[];
  readonly riskFactors: readonly string[];
  readonly examManeuvers: readonly string[];
  readonly differentials: readonly string[];
  readonly hpiElements: readonly string[];
  readonly rosSystems: readonly string[];
}

export function checklistModel(complaint: ComplaintKnowledge, knowledge: Knowledge): ChecklistModel {
  const label = (list: readonly { id: string; label: string }[], id: string): string => list.find((item) => item.id === id)?.label ?? id;
  const maneuversById = new Map(knowledge.maneuvers.map((maneuver) => [maneuver.id, maneuver]));
  return {
    title: complaint.label,
    redFlags: complaint.redFlags.map((flag) => ({ label: label(knowledge.findings, flag.finding), why: flag.why, section: flag.section === 'hpi' ? 'HPI' : 'ROS' })),
    riskFactors: complaint.riskFactors.map((id) => label(knowledge.findings, id)),
    examManeuvers: complaint.examManeuvers.map((id) => maneuverChoiceLabel(id, maneuversById)),
    differentials: complaint.differentials.map((id) => label(knowledge.diagnoses, id)),
    hpiElements: [...complaint.hpiElements],
    rosSystems: [...complaint.rosSystems],
  };
}

function list(title: string, items: readonly string[]): string {
  const body = items.length > 0 ? `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>` : '<p class="none">None listed.</p>';
  return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

const STYLE = `
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1.2em 1.2em; line-height: 1.45; }
  h1 { font-size: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: .3em; }
  h2 { font-size: 1.1em; margin: 1.1em 0 .3em; }
  ul { margin: 0; padding-left: 1.3em; }
  .tag { font-size: .8em; padding: 0 .35em; border-radius: 3px; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
  .none, .hint { color: var(--vscode-descriptionForeground); }
`;

export function checklistHtml(model: ChecklistModel, options: { cspSource: string; nonce: string }): string {
  const flags =
    model.redFlags.length > 0
      ? `<ul>${model.redFlags.map((flag) => `<li><strong>${escapeHtml(flag.label)}</strong> <span class="tag">${flag.section}</span> — ${escapeHtml(flag.why)}</li>`).join('')}</ul>`
      : '<p class="none">None listed.</p>';
  return webviewPage({
    cspSource: options.cspSource,
    nonce: options.nonce,
    title: `${model.title} checklist`,
    style: STYLE,
    body: `<h1>${escapeHtml(model.title)}</h1>
<p class="hint">Ask about each red flag and write it as a pertinent positive or negative.</p>
<section><h2>Red flags</h2>${flags}</section>
${list('Risk factors', model.riskFactors)}
${list('Must-do exam maneuvers', model.examManeuvers)}
${list('Differential diagnoses', model.differentials)}
${list('HPI elements', model.hpiElements)}
${list('Focused ROS systems', model.rosSystems)}`,
  });
}
