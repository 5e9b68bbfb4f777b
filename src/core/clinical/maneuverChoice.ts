// A must-do maneuver on a complaint's checklist, which some other maneuvers may stand in for.
import type { ExamManeuver } from './types';

type ManeuversById = ReadonlyMap<string, ExamManeuver>;

/** The maneuver and those that may stand in for it, as ids. */
function choicesOf(id: string, byId: ManeuversById): string[] {
  return [id, ...(byId.get(id)?.alternatives ?? [])];
}

/** Whether the maneuver, or one that stands in for it, is among those documented. */
export function maneuverDone(id: string, byId: ManeuversById, done: ReadonlySet<string>): boolean {
  return choicesOf(id, byId).some((choice) => done.has(choice));
}

/** "Dix-Hallpike maneuver or head impulse test": the labels of the maneuver and its stand-ins. */
export function maneuverChoiceLabel(id: string, byId: ManeuversById): string {
  return choicesOf(id, byId)
    .map((choice) => byId.get(choice)?.label ?? choice)
    .join(' or ');
}
