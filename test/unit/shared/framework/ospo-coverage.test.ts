// The built-in OSPO framework covers what the product asks for.
import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';

const fw = OSPO_FRAMEWORK;
const byKind = (kind: string) => fw.questions.filter((q) => q.informs.kind === kind);

describe('built-in OSPO framework', () => {
  it('has 30–40 questions', () => {
    expect(fw.questions.length).toBeGreaterThanOrEqual(30);
    expect(fw.questions.length).toBeLessThanOrEqual(40);
  });

  it('has the 16 checklist items (5, 3, 4, 4 per stage) and covers each with a question of its stage', () => {
    expect(fw.checklistItems).toHaveLength(16);
    expect([1, 2, 3, 4].map((s) => fw.checklistItems.filter((c) => c.stage === s).length)).toEqual([
      5, 3, 4, 4,
    ]);
    for (const item of fw.checklistItems) {
      const covering = fw.questions.filter(
        (q) =>
          q.informs.kind === 'stagePractice' &&
          q.informs.checklistItem === item.id &&
          q.informs.stage === item.stage,
      );
      expect(covering.length, item.id).toBeGreaterThan(0);
    }
  });

  it('names the five stages as the model does', () => {
    expect(fw.stages.map((s) => s.name)).toEqual([
      'Adoption',
      'Legal Education',
      'Community Education',
      'Engagement',
      'Leadership',
    ]);
  });

  it('has at least 4 involvement and 4 enabler questions, covering every enabler', () => {
    expect(byKind('involvement').length).toBeGreaterThanOrEqual(4);
    expect(byKind('enabler').length).toBeGreaterThanOrEqual(4);
    const rated = new Set(
      byKind('enabler').map((q) => (q.informs.kind === 'enabler' ? q.informs.enabler : '')),
    );
    expect([...rated].sort()).toEqual(
      ['budget', 'executive-backing', 'mandate', 'metrics', 'staff', 'tooling'].sort(),
    );
  });

  it('has the seven archetypes, Standards Collaborative marked as community-added, two statements each', () => {
    expect(fw.archetypes).toHaveLength(7);
    expect(fw.archetypes.filter((a) => a.communityAdded).map((a) => a.name)).toEqual([
      'Standards Collaborative',
    ]);
    for (const a of fw.archetypes) {
      const statements = byKind('archetype').filter(
        (q) => q.informs.kind === 'archetype' && q.informs.archetype === a.id,
      );
      expect(statements.length, a.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('tags every question with valid responsibility areas, and every area is tagged', () => {
    const areas = new Set(fw.responsibilityAreas.map((a) => a.id));
    const used = new Set<string>();
    for (const q of fw.questions) {
      expect(q.responsibilityAreas.length, q.id).toBeGreaterThan(0);
      for (const tag of q.responsibilityAreas) {
        expect(areas.has(tag), `${q.id}: ${tag}`).toBe(true);
        used.add(tag);
      }
    }
    expect([...used].sort()).toEqual([...areas].sort());
  });

  it('keeps statements short enough to read aloud, each one question or one statement', () => {
    for (const q of fw.questions) {
      expect(q.statement.split(/\s+/).length, q.id).toBeLessThanOrEqual(25);
      expect(/[?.]$/.test(q.statement), q.id).toBe(true);
      // A second ask usually shows as a second clause: ", and …", a semicolon or a second question mark.
      expect(/, and |;/.test(q.statement), q.id).toBe(false);
      expect(q.statement.split('?').length, q.id).toBeLessThanOrEqual(2);
    }
  });

  it('speaks in one voice: the room is "we" and "our organization", never "you"', () => {
    for (const q of fw.questions) {
      expect(/\b(we|our|us)\b/i.test(q.statement), q.id).toBe(true);
      const all = [q.statement, q.help, q.anchors.zero, q.anchors.four].join(' ');
      expect(/\b(you|your)\b/i.test(all), q.id).toBe(false);
    }
  });

  it('has a full preset with every question and a short preset of about 12', () => {
    const full = fw.presets.find((p) => p.id === 'full');
    const short = fw.presets.find((p) => p.id === 'short');
    expect(full?.questionIds).toEqual(fw.questions.map((q) => q.id));
    expect(short?.questionIds.length).toBeGreaterThanOrEqual(10);
    expect(short?.questionIds.length).toBeLessThanOrEqual(14);
  });

  it('the short preset has practices of every stage, involvement questions and archetype statements', () => {
    const short = new Set(fw.presets.find((p) => p.id === 'short')?.questionIds);
    const inShort = fw.questions.filter((q) => short.has(q.id));
    const stages = new Set(
      inShort.flatMap((q) => (q.informs.kind === 'stagePractice' ? [q.informs.stage] : [])),
    );
    expect([...stages].sort()).toEqual([1, 2, 3, 4]);
    expect(inShort.filter((q) => q.informs.kind === 'involvement').length).toBeGreaterThanOrEqual(2);
    expect(inShort.filter((q) => q.informs.kind === 'archetype').length).toBeGreaterThanOrEqual(3);
  });
});
