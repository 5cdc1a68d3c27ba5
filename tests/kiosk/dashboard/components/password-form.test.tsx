// «Cambia password» says why a new password is too easy to guess next to the field, as the collector
// would refuse it (server/contract/password-rules.ts), and sends nothing until it is not.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PasswordForm } from '../../../../kiosk/dashboard/components/password-form';
import { applyEnglish } from '../../../../kiosk/dashboard/i18n/en/index';
import { stubCollector, type SeenRequest } from '../fixtures/fake-collector';

let container: HTMLElement;
let seen: SeenRequest[];
const done = vi.fn();
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const OWNER = { email: 'maria.rossi@comune.example.org', name: 'Maria Rossi' };

function type(id: string, value: string) {
  const input = container.querySelector<HTMLInputElement>(`#${id}`)!;
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const submit = () => act(() => $('password-save')!.click());

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'));
  seen = stubCollector({ 'PUT /api/v1/session/password': () => new Response(null, { status: 204 }) });
  done.mockReset();
  act(() => render(<PasswordForm owner={OWNER} onDone={done} />, container));
  type('password-current', 'la vecchia password');
});
afterEach(() => {
  render(null, container);
  container.remove();
  vi.unstubAllGlobals();
});

const problem = () => $('password-new-problem')?.textContent;
const field = () => container.querySelector<HTMLInputElement>('#password-new')!;

describe('<PasswordForm> and an easy password', () => {
  it('says why next to the new password, in Italian, and sends nothing', async () => {
    for (const [password, words] of [
      ['aaaaaaaaaaaa', 'È un carattere, o pochi, ripetuti: scegline un’altra.'],
      ['123456789012', 'È una sequenza di caratteri in fila, come 123456789012 o abcdefghijkl: scegline un’altra.'],
      ['Maria Rossi 2026', 'È poco più del tuo indirizzo e-mail o del tuo nome: scegline un’altra.'],
      ['il gradimento 2026', 'È poco più del nome di questo programma: scegline un’altra.'],
      ['Password1234', 'È una delle password più usate: scegline un’altra.'],
    ]) {
      type('password-new', password!);
      type('password-confirm', password!);
      expect(problem()).toBe(words);
      // Tied to the field, as a screen reader reads it.
      expect(field().getAttribute('aria-invalid')).toBe('true');
      expect(field().getAttribute('aria-describedby')).toBe('password-new-note');
      submit();
      expect($('password-error')?.textContent).toContain('Questa password è troppo facile da indovinare');
    }
    expect(seen.filter((r) => r.method === 'PUT')).toHaveLength(0);
    // A strong one: the words go, and it is sent.
    type('password-new', 'una frase che scriverei solo io');
    type('password-confirm', 'una frase che scriverei solo io');
    expect(problem()).toBeUndefined();
    submit();
    await vi.waitFor(() => expect(done).toHaveBeenCalledWith(true));
    expect(seen.find((r) => r.method === 'PUT')?.body).toEqual({ currentPassword: 'la vecchia password', newPassword: 'una frase che scriverei solo io' });
  });

  // Last: the English catalogue, once applied, stays for the rest of this file.
  it('says it in English on the English dashboard', () => {
    applyEnglish();
    render(null, container);
    act(() => render(<PasswordForm owner={OWNER} onDone={done} />, container));
    type('password-new', 'maria.rossi@comune');
    expect(problem()).toBe('It is little more than your e-mail address or your name: choose another one.');
  });
});
