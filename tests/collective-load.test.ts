import { describe, expect, it } from 'vitest';
import { createEngine } from '../src/engine.js';

const LABEL = { vi: 'nhãn', en: 'label' };

/** A minimal collective framework: one target counting titled members, and whatever the test adds. */
function collective(extra: Record<string, unknown> = {}, award: unknown = { membersPercentAtLeast: [90, 'titled'] }) {
  return {
    id: 'test-unit',
    version: '1.0.0',
    kind: 'collective',
    title: LABEL,
    effective: { from: '2024-01-01' },
    collective: {
      kind: 'unit',
      members: { conditions: { titled: { label: LABEL, rule: { var: 'titles.cdht' } } } },
    },
    criteria: [{ id: 'C1', label: LABEL, indicators: [{ id: 'C1.1', label: LABEL, points: 1, award }] }],
    titles: [{ id: 'muc1', label: LABEL, requirements: { required: ['C1.1'] } }],
    ...extra,
  };
}

const problems = (json: unknown): string[] => {
  const r = createEngine().safeLoad(json);
  return r.success ? [] : r.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
};

describe('loading a collective framework', () => {
  it('loads a well-formed one, with its group set to its kind', () => {
    const engine = createEngine();
    const f = engine.load(collective());
    expect(f.kind).toBe('collective');
    expect(f.group).toBe('unit');
    expect(engine.compile(f).collective?.levels).toEqual([0]);
  });

  it('refuses a member condition that is not declared, or not a string', () => {
    expect(problems(collective({}, { membersPercentAtLeast: [90, 'learner'] }))).toEqual([
      'unknown_member_condition ["criteria",0,"indicators",0,"award","membersPercentAtLeast"]',
    ]);
    expect(problems(collective({}, { membersPercentAtLeast: [90, { var: 'x' }] }))).toEqual([
      'unknown_member_condition ["criteria",0,"indicators",0,"award","membersPercentAtLeast"]',
    ]);
  });

  it('refuses member operators in a title rule and in an individual framework', () => {
    const inTitle = collective({
      titles: [{ id: 'muc1', label: LABEL, requirements: {}, rule: { membersAtLeast: [1, 'titled'] } }],
    });
    expect(problems(inTitle)).toEqual(['member_operator_misplaced ["titles",0,"rule","membersAtLeast"]']);
    const individual = { ...collective(), kind: undefined, collective: undefined, group: 'resident' };
    expect(problems(individual)).toEqual([
      'member_operator_misplaced ["criteria",0,"indicators",0,"award","membersPercentAtLeast"]',
    ]);
  });

  it('refuses a collective without its section, a section without the kind, levels that are not titles', () => {
    expect(problems({ ...collective(), collective: undefined })).toContain('invalid_collective ["collective"]');
    expect(problems({ ...collective(), kind: undefined, group: 'resident' })).toContain(
      'invalid_collective ["collective"]',
    );
    const levels = collective();
    (levels.collective as Record<string, unknown>).levels = ['muc9'];
    expect(problems(levels)).toEqual(['unknown_reference ["collective","levels",0]']);
  });

  it('refuses a condition named like an evidence field, and members of its own kind', () => {
    const clash = collective({ evidence: { titled: { type: 'boolean', label: LABEL } } });
    expect(problems(clash)).toContain('duplicate_id ["collective","members","conditions","titled"]');
    const own = collective();
    (own.collective as { members: Record<string, unknown> }).members.kinds = ['person', 'unit'];
    expect(problems(own)).toEqual(['invalid_collective ["collective","members","kinds"]']);
  });

  it('a child of a collective framework stays collective', () => {
    const engine = createEngine();
    engine.load(collective());
    const r = engine.safeLoad({
      id: 'test-child',
      version: '1.0.0',
      extends: 'test-unit@^1.0.0',
      kind: 'individual',
      title: LABEL,
    });
    expect(r.success ? [] : r.issues.map((i) => i.code)).toContain('invalid_collective');
  });
});
