import { describe, expect, it } from 'vitest';
import { PROJECT_PHASES } from '../../../domain/projectPhases.ts';
import { phaseStepLabels, projectTimeline } from './phaseTimeline.ts';

const states = (phaseId: string, stepId: string) =>
  projectTimeline(phaseId, stepId).map((phase) => `${phase.id}:${phase.state}[${phase.steps.map((s) => `${s.id}:${s.state}`).join(',')}]`);

describe('projectTimeline', () => {
  it('lists every phase and step in order, numbered from 1', () => {
    const timeline = projectTimeline('idea', 'need');
    expect(timeline.map((p) => p.id)).toEqual(PROJECT_PHASES.map((p) => p.id));
    expect(timeline.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(timeline.flatMap((p) => p.steps.map((s) => s.id))).toEqual(PROJECT_PHASES.flatMap((p) => p.steps.map((s) => s.id)));
  });

  it('marks the very first step current and everything else ahead', () => {
    expect(states('idea', 'need')).toEqual([
      'idea:current[need:current,idea:ahead,exploration:ahead,prototype:ahead]',
      'assessment:ahead[business_case:ahead,benefit_mapping:ahead]',
      'development:ahead[specification:ahead,development:ahead,procurement:ahead]',
      'operation:ahead[implementation:ahead,training:ahead,operation:ahead]',
    ]);
  });

  it('marks earlier steps and whole earlier phases done, in the middle of a phase', () => {
    expect(states('development', 'development')).toEqual([
      'idea:done[need:done,idea:done,exploration:done,prototype:done]',
      'assessment:done[business_case:done,benefit_mapping:done]',
      'development:current[specification:done,development:current,procurement:ahead]',
      'operation:ahead[implementation:ahead,training:ahead,operation:ahead]',
    ]);
  });

  it('tells apart steps that share an id with a phase (idea/idea, operation/operation)', () => {
    const timeline = projectTimeline('operation', 'operation');
    expect(timeline.every((p) => p.state === (p.id === 'operation' ? 'current' : 'done'))).toBe(true);
    expect(timeline[3]?.steps.map((s) => s.state)).toEqual(['done', 'done', 'current']);
    expect(projectTimeline('idea', 'idea')[0]?.steps.map((s) => s.state)).toEqual(['done', 'current', 'ahead', 'ahead']);
  });

  it('marks everything ahead for a pair that does not exist', () => {
    const timeline = projectTimeline('assessment', 'training');
    expect(timeline.flatMap((p) => [p.state, ...p.steps.map((s) => s.state)]).every((s) => s === 'ahead')).toBe(true);
  });
});

describe('phaseStepLabels', () => {
  it('names the phase and step, with the phase number', () => {
    expect(phaseStepLabels('assessment', 'benefit_mapping')).toEqual({
      phase: { da: 'Konsekvensvurdering', en: 'Impact assessment' },
      step: { da: 'Gevinstkortlægning', en: 'Benefit mapping' },
      number: 2,
    });
    expect(phaseStepLabels('assessment', 'need')).toBeNull();
  });
});
