import type { Framework } from './schema';

/**
 * How a question or an archetype is named wherever it is shown: its text in the framework, or its id
 * when the framework does not have it (a workshop compared with one on an older framework version).
 */
export const statementOf = (framework: Framework, questionId: string): string =>
  framework.questions.find((q) => q.id === questionId)?.statement ?? questionId;

export const archetypeName = (framework: Framework, archetypeId: string): string =>
  framework.archetypes.find((a) => a.id === archetypeId)?.name ?? archetypeId;
