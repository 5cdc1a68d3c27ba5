// useSave: busy while the action runs, the refusal kept (and mapped to fields), cleared by the next run, a problem found before sending.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DashboardApiError } from '../../../kiosk/dashboard/api';
import { useSave, type Save } from '../../../kiosk/dashboard/use-save';

let container: HTMLElement;
let save: Save;
function Probe() {
  save = useSave();
  return null;
}

beforeEach(() => {
  container = document.createElement('div');
  render(<Probe />, container);
});
afterEach(() => render(null, container));

/** A promise and its resolvers, to hold an action open. */
function held() {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('useSave', () => {
  it('is busy while the action runs and clean after it succeeded', async () => {
    const action = held();
    let run!: Promise<void>;
    act(() => void (run = save.run(() => action.promise)));
    expect(save.busy).toBe(true);
    await act(async () => (action.resolve(), await run));
    expect(save.busy).toBe(false);
    expect(save.error).toBeUndefined();
  });

  it('keeps a refusal without rethrowing, maps its problems to fields, and clears it on the next run', async () => {
    const refused = new DashboardApiError('Nome già usato', 'validation', 400, [
      { field: '/name', reason: 'già usato' },
      { field: '/reasons/1/label', reason: 'vuoto' },
    ]);
    await act(() => save.run(() => Promise.reject(refused)));
    expect(save.busy).toBe(false);
    expect(save.error).toBe(refused);
    expect(save.problem('/name')).toBe('già usato');
    expect(save.problem('/reasons/1')).toBe('vuoto');
    expect(save.problem('/address')).toBeUndefined();

    const action = held();
    let run!: Promise<void>;
    act(() => void (run = save.run(() => action.promise)));
    expect(save.error).toBeUndefined();
    await act(async () => (action.resolve(), await run));
  });

  it('shows a problem found before sending, without running anything', () => {
    act(() => save.fail(new Error('Le password non coincidono')));
    expect(save.busy).toBe(false);
    expect((save.error as Error).message).toBe('Le password non coincidono');
    expect(save.problem('/password')).toBeUndefined();
  });
});
