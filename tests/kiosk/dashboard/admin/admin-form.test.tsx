// The shared pieces of the management pages: a form that saves then closes (or keeps the refusal by field), and edit/archive asked before acting.
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AdminForm } from '../../../../kiosk/dashboard/admin/admin-form';
import { DataTable, EditArchiveCell } from '../../../../kiosk/dashboard/admin/list-parts';
import { DashboardApiError } from '../../../../kiosk/dashboard/api';
import { useSave } from '../../../../kiosk/dashboard/use-save';
import { freshContainer } from '../fixtures/container';

const container = freshContainer();
const $ = (testId: string) => container().querySelector<HTMLElement>(`[data-testid="${testId}"]`);


function Form(props: { itemName?: string; onSave: () => Promise<unknown>; onDone: (saved: boolean) => void; ready?: boolean; saveDisabled?: boolean }) {
  const save = useSave();
  return (
    <AdminForm name="thing" newTitle="Nuova cosa" save={save} fields={['/name']} {...props} itemName={props.itemName}>
      <p data-testid="thing-name-problem">{save.problem('/name')}</p>
    </AdminForm>
  );
}

describe('AdminForm', () => {
  it('titles a new item and an edited one, with create or save on the button', () => {
    render(<Form onSave={vi.fn()} onDone={vi.fn()} />, container());
    expect(container().querySelector('h3')!.textContent).toBe('Nuova cosa');
    expect($('thing-save')!.textContent).toBe('Crea');
    render(<Form itemName="Anagrafe" onSave={vi.fn()} onDone={vi.fn()} />, container());
    expect(container().querySelector('h3')!.textContent).toBe('Modifica: Anagrafe');
    expect($('thing-save')!.textContent).toBe('Salva');
  });

  it('closes with saved=true after the save (with no name to say: the form has no name field), and with false on cancel', async () => {
    const onDone = vi.fn();
    const onSave = vi.fn(() => Promise.resolve());
    render(<Form onSave={onSave} onDone={onDone} />, container());
    await act(async () => void $('thing-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith(true, undefined));
    act(() => container().querySelector<HTMLButtonElement>('button[type="button"]')!.click());
    expect(onDone).toHaveBeenLastCalledWith(false);
  });

  it('keeps a refusal: the field problem beside the field, the message in the error box, the form open', async () => {
    const onDone = vi.fn();
    const refused = new DashboardApiError('Dati non validi', 'validation', 400, [{ field: '/name', reason: 'già usato' }]);
    render(<Form onSave={() => Promise.reject(refused)} onDone={onDone} />, container());
    await act(async () => void $('thing-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    await vi.waitFor(() => expect($('thing-error')?.textContent).toBe('Dati non validi'));
    expect($('thing-name-problem')!.textContent).toBe('già usato');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends nothing while not ready, and disables the button only when told', async () => {
    const onSave = vi.fn(() => Promise.resolve());
    render(<Form onSave={onSave} onDone={vi.fn()} ready={false} />, container());
    expect(($('thing-save') as HTMLButtonElement).disabled).toBe(false);
    await act(async () => void $('thing-form')!.dispatchEvent(new Event('submit', { cancelable: true })));
    expect(onSave).not.toHaveBeenCalled();
    render(<Form onSave={onSave} onDone={vi.fn()} saveDisabled />, container());
    expect(($('thing-save') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('EditArchiveCell', () => {
  const table = (archivedAt: string | null, onArchive: () => Promise<unknown>, onEdit = vi.fn()) => (
    <DataTable headers={['Nome', 'Azioni']}>
      <tr>
        <td>Anagrafe</td>
        <EditArchiveCell name="thing" item={{ name: 'Anagrafe', archivedAt }} onEdit={onEdit} onArchive={onArchive} />
      </tr>
    </DataTable>
  );

  it('edits at once, archives only after the confirmation, and shows a refusal in the question', async () => {
    const onEdit = vi.fn();
    const onArchive = vi.fn().mockRejectedValueOnce(new Error('Non consentito')).mockResolvedValueOnce(undefined);
    render(table(null, onArchive, onEdit), container());
    expect([...container().querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Nome', 'Azioni']);
    act(() => $('thing-edit')!.click());
    expect(onEdit).toHaveBeenCalledOnce();

    act(() => $('thing-archive')!.click());
    expect(onArchive).not.toHaveBeenCalled();
    expect(container().textContent).toContain('Anagrafe');
    await act(async () => $('thing-archive-confirm')!.click());
    await vi.waitFor(() => expect(container().querySelector('[role="alert"]')?.textContent).toBe('Non consentito'));
    await act(async () => $('thing-archive-confirm')!.click());
    await vi.waitFor(() => expect($('thing-archive-confirm')).toBeNull());
    expect(onArchive).toHaveBeenCalledTimes(2);
  });

  it('offers nothing for an archived item', () => {
    render(table('2024-01-01T00:00:00Z', vi.fn()), container());
    expect($('thing-edit')).toBeNull();
    expect($('thing-archive')).toBeNull();
  });
});
