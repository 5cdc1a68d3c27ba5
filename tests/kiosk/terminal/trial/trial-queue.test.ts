// A trial's queue answers as the real one does, so the screens run their usual path, and keeps nothing.
import { describe, expect, it } from 'vitest';
import { createTrialQueue } from '../../../../kiosk/terminal/trial/trial-queue';

const draft = { terminalId: 'T1', serviceId: 'anagrafe', face: 'negativo' as const, scale: 3 as const };

describe('the trial queue', () => {
  it('answers open, change of face, finalise and take-back as the queue does', async () => {
    const trial = createTrialQueue();
    const { id } = await trial.open(draft);
    expect(await trial.changeFace(id, 'negativo')).toBe('open');
    expect(await trial.finalise(id, { reasons: ['attesa'], followUp: 'chosen' })).toBe(true);
    // Closed now: neither a second finalise nor a change finds it.
    expect(await trial.finalise(id, { reasons: [], followUp: 'skipped' })).toBe(false);
    expect(await trial.changeFace(id, 'positivo')).toBeNull();
    const other = await trial.open(draft);
    expect(await trial.changeFace(other.id, 'positivo')).toBe('final');
    const third = await trial.open(draft);
    expect(await trial.discardOpen(third.id)).toBe(true);
    expect((await trial.record({ ...draft, face: 'positivo' })).id).not.toBe(third.id);
  });
});
