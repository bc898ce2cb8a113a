import type { QuestionGap, TeamComparison, TeamPairComparison, TeamResult } from './types';

/**
 * Team comparison: each team's stage, grid point and mix side by side, and for every pair of teams the
 * per-question gap between their medians, largest first, so the room sees where teams differ most.
 */
export function compareTeams(teams: readonly TeamResult[]): TeamComparison {
  const pairs: TeamPairComparison[] = [];
  for (let a = 0; a < teams.length; a++) {
    for (let b = a + 1; b < teams.length; b++) {
      const teamA = teams[a] as TeamResult;
      const teamB = teams[b] as TeamResult;
      const gaps: QuestionGap[] = [];
      teamA.questions.forEach((qa, order) => {
        const qb = teamB.questions[order];
        if (qa.median === null || qb === undefined || qb.median === null) return;
        gaps.push({
          questionId: qa.questionId,
          medianA: qa.median,
          medianB: qb.median,
          gap: qa.median - qb.median,
        });
      });
      // Gaps are pushed in question order and the sort is stable, so ties keep the question order.
      gaps.sort((x, y) => Math.abs(y.gap) - Math.abs(x.gap));
      pairs.push({ teamA: teamA.teamId, teamB: teamB.teamId, gaps });
    }
  }
  return {
    sideBySide: teams.map((t) => ({
      teamId: t.teamId,
      stageReached: t.profile.stageReached,
      gridPoint: t.profile.gridPoint,
      archetypeMix: t.profile.archetypeMix,
    })),
    pairs,
  };
}
