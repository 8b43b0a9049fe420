import { populateFor, type Selection } from './selection';

/** GraphQL fields of a nomination that are to-one relations, and the relation path each joins. */
const NOMINATION_RELATIONS = {
  unit: 'unit',
  originalUnit: 'originalUnit',
  award: 'award',
  period: 'period',
  campaign: 'period.campaign',
  movement: 'movement',
  createdBy: 'createdBy',
};

export function nominationJoins(selection: Selection): string[] {
  return populateFor(selection, NOMINATION_RELATIONS);
}

const TASK_RELATIONS = {
  unit: 'unit',
  assignee: 'assignee',
  decidedBy: 'decidedBy',
  escalatedToUnit: 'escalatedToUnit',
  nomination: 'nomination',
};

/** A task's nomination always brings its unit: reading it is checked against the unit's subtree. */
export function taskJoins(selection: Selection): string[] {
  return populateFor(selection, TASK_RELATIONS, {
    nomination: (below) => [...new Set(['unit', ...nominationJoins(below)])],
  });
}
