import type { FrameworkProblem } from './problems';

/**
 * Cross-reference checks a shape schema cannot express: ids unique per list, every reference resolves,
 * stages 0–4 (when the framework has stages) and scale points 0–4 each present once, and no question
 * or checklist item that needs stages in a framework without them. Written against loosely typed input so it also
 * runs when the shape has errors elsewhere: the facilitator then sees every problem at once.
 */
export function checkFrameworkReferences(input: unknown): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  if (!isRecord(input)) return problems;
  const ids = (list: string) => collectIds(input[list], list, problems);
  const archetypes = ids('archetypes');
  const enablers = ids('enablers');
  const areas = ids('responsibilityAreas');
  const checklist = ids('checklistItems');
  const goals = ids('goals');
  const roles = ids('roles');
  const questions = ids('questions');
  ids('presets');
  const hasStages = Array.isArray(input['stages']) && input['stages'].length > 0;
  if (hasStages && input['axes'] === undefined) {
    problems.push({ path: 'axes', code: 'required', message: 'is required when the framework has stages' });
  }
  if (!hasStages) {
    for (const { index } of records(input['checklistItems'])) {
      problems.push({
        path: `checklistItems[${index}]`,
        code: 'inconsistent',
        message: 'checklist items belong to stages, and this framework has none',
      });
    }
  }

  const checklistStage = new Map<string, unknown>();
  for (const item of records(input['checklistItems'])) {
    if (typeof item.value['id'] === 'string') checklistStage.set(item.value['id'], item.value['stage']);
  }

  for (const { value: q, index } of records(input['questions'])) {
    const at = `questions[${index}]`;
    const informs = q['informs'];
    if (isRecord(informs)) {
      const kind = informs['kind'];
      if (!hasStages && (kind === 'stagePractice' || kind === 'involvement')) {
        problems.push({
          path: `${at}.informs.kind`,
          code: 'inconsistent',
          message: `a "${kind}" question needs the five stages, and this framework has none`,
        });
      }
      requireRef(informs['enabler'], enablers, `${at}.informs.enabler`, 'enabler', problems);
      requireRef(informs['archetype'], archetypes, `${at}.informs.archetype`, 'archetype', problems);
      requireRef(informs['goal'], goals, `${at}.informs.goal`, 'goal', problems);
      const item = informs['checklistItem'];
      if (requireRef(item, checklist, `${at}.informs.checklistItem`, 'checklist item', problems)) {
        const itemStage = checklistStage.get(item as string);
        if (itemStage !== informs['stage']) {
          problems.push({
            path: `${at}.informs.stage`,
            code: 'inconsistent',
            message: `stage ${String(informs['stage'])} does not match checklist item "${String(item)}", which belongs to stage ${String(itemStage)}`,
          });
        }
      }
    }
    const tags = q['responsibilityAreas'];
    if (Array.isArray(tags)) {
      tags.forEach((tag, t) =>
        requireRef(tag, areas, `${at}.responsibilityAreas[${t}]`, 'responsibility area', problems),
      );
    }
    const concerns = q['roles'];
    if (Array.isArray(concerns)) {
      concerns.forEach((role, r) => requireRef(role, roles, `${at}.roles[${r}]`, 'role', problems));
    }
  }

  for (const { value: preset, index } of records(input['presets'])) {
    const list = preset['questionIds'];
    if (!Array.isArray(list)) continue;
    const seen = new Set<unknown>();
    list.forEach((qid, i) => {
      const path = `presets[${index}].questionIds[${i}]`;
      if (seen.has(qid)) {
        problems.push({ path, code: 'duplicate', message: `question "${String(qid)}" is listed twice` });
      }
      seen.add(qid);
      requireRef(qid, questions, path, 'question', problems);
    });
  }

  if (hasStages) checkEachOnce(input['stages'], 'stages', 'stage', 'stage', problems);
  const scale = input['scale'];
  if (isRecord(scale)) checkEachOnce(scale['labels'], 'scale.labels', 'value', 'scale point', problems);
  return problems;
}

function collectIds(list: unknown, name: string, problems: FrameworkProblem[]): Set<string> {
  const seen = new Set<string>();
  for (const { value, index } of records(list)) {
    const id = value['id'];
    if (typeof id !== 'string') continue;
    if (seen.has(id))
      problems.push({
        path: `${name}[${index}].id`,
        code: 'duplicate',
        message: `duplicate id "${id}" in ${name}`,
      });
    seen.add(id);
  }
  return seen;
}

/** True when `ref` is a string that resolves; reports it when it is a string that does not. */
function requireRef(
  ref: unknown,
  known: Set<string>,
  path: string,
  kind: string,
  problems: FrameworkProblem[],
): boolean {
  if (typeof ref !== 'string') return false;
  if (known.has(ref)) return true;
  problems.push({
    path,
    code: 'unknownReference',
    message: `unknown ${kind} "${ref}": no ${kind} with this id is defined`,
  });
  return false;
}

function checkEachOnce(
  list: unknown,
  path: string,
  key: string,
  kind: string,
  problems: FrameworkProblem[],
): void {
  if (!Array.isArray(list)) return;
  const seen = new Set<unknown>();
  for (const { value, index } of records(list)) {
    const n = value[key];
    if (seen.has(n))
      problems.push({
        path: `${path}[${index}].${key}`,
        code: 'duplicate',
        message: `${kind} ${String(n)} appears twice`,
      });
    seen.add(n);
  }
  for (let n = 0; n <= 4; n++) {
    if (!seen.has(n))
      problems.push({
        path,
        code: 'required',
        message: `${kind} ${n} is missing; each of 0–4 must appear once`,
      });
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function records(list: unknown): { value: Record<string, unknown>; index: number }[] {
  if (!Array.isArray(list)) return [];
  const out: { value: Record<string, unknown>; index: number }[] = [];
  list.forEach((value: unknown, index) => {
    if (isRecord(value)) out.push({ value, index });
  });
  return out;
}
