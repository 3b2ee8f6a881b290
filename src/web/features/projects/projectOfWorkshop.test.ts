import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../realtime/localStore.ts';
import { loadProjectOfWorkshop, projectPath, rememberProjectOfWorkshop } from './projectOfWorkshop.ts';

describe('projectOfWorkshop', () => {
  it('remembers which project a workshop belongs to, per workshop', () => {
    const store = memoryStore();
    expect(loadProjectOfWorkshop(store, 'w1')).toBeNull();
    rememberProjectOfWorkshop(store, 'w1', { organisationId: 'o1', projectId: 'p1' });
    rememberProjectOfWorkshop(store, 'w2', { organisationId: 'o1', projectId: 'p2' });
    const link = loadProjectOfWorkshop(store, 'w1');
    expect(link).toEqual({ organisationId: 'o1', projectId: 'p1' });
    expect(link && projectPath(link)).toBe('/org/o1/projects/p1');
  });

  it('ignores a stored value it cannot read', () => {
    const store = memoryStore();
    store.setItem('kompas.workshopProject.w1', '{"organisationId":""}');
    expect(loadProjectOfWorkshop(store, 'w1')).toBeNull();
  });
});
