// Whether this browser is an enrolled terminal: a code from the address is redeemed at once, staff type one otherwise, a refused token asks again.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { TerminalDb } from '../store/vote-db';
import type { VoteQueue } from '../store/vote-queue';
import { adoptEnrolment, markRefused, readEnrolment, type Credentials } from './enrolment-store';

export type { Credentials };
import { checkCode, type CodeCheck } from './pairing-code';
import { requestEnrolment, type EnrolAnswer } from './request-enrolment';

export type PairingError =
  | { kind: 'format'; check: Exclude<CodeCheck, 'ok'> }
  | { kind: 'code-invalid' }
  | { kind: 'rate-limited'; retryAfterSeconds: number | null }
  | { kind: 'unreachable' }
  | { kind: 'failed'; status: number }
  /** IndexedDB refused to keep the token. */
  | { kind: 'storage' };

export type EnrolmentState =
  | { kind: 'loading' }
  /** A code from the address is being redeemed: a newcomer sees a short notice, never the form. */
  | { kind: 'enrolling' }
  | ({ kind: 'enrolled' } & Credentials)
  | {
      kind: 'pairing';
      /** The terminal whose token the collector refused (revoked, unknown); null on a new browser. */
      refused: string | null;
      /** Still usable: a code given explicitly failed, but the terminal may go on as it was. */
      current: Credentials | null;
      error: PairingError | null;
      /** What to put back in the field (the code from the address that failed). */
      code: string;
      busy: boolean;
    };

export interface UseEnrolment {
  state: EnrolmentState;
  /** Staff submitted a code. */
  submit: (code: string) => Promise<void>;
  /** The collector refused this token (401 terminal_not_enrolled, terminal:revoked). */
  refused: (token: string) => void;
  /** Back to the enrolment in use, after an explicit code failed. */
  cancel: () => void;
  /** Staff asked (diagnostics) to pair again: the form shows, and the terminal in use stays until a code works. */
  repair: () => void;
}

export interface UseEnrolmentOptions {
  db: TerminalDb;
  queue: VoteQueue;
  fetch: typeof fetch;
  /** The code of ?pair=, already taken out of the address; with an enrolment in use it asks to pair again. */
  pairCode?: string | null;
}

export function useEnrolment({ db, queue, fetch, pairCode = null }: UseEnrolmentOptions): UseEnrolment {
  const [state, setState] = useState<EnrolmentState>({ kind: 'loading' });
  const current = useRef<Credentials | null>(null);
  const refusedId = useRef<string | null>(null);
  const alive = useRef(true);

  const pairing = (error: PairingError | null, code = '', busy = false): EnrolmentState => ({
    kind: 'pairing',
    refused: refusedId.current,
    current: current.current,
    error,
    code,
    busy,
  });

  /** Sends the code; on success the new token is the one in use. */
  const redeem = async (code: string): Promise<void> => {
    const check = checkCode(code);
    if (check !== 'ok') {
      setState(pairing({ kind: 'format', check }, code));
      return;
    }
    const answer: EnrolAnswer = await requestEnrolment(code, fetch);
    if (!alive.current) return;
    if (answer.kind !== 'enrolled') {
      setState(pairing(answer.kind === 'code-invalid' || answer.kind === 'unreachable' ? { kind: answer.kind } : answer, code));
      return;
    }
    try {
      await adoptEnrolment(db, queue, answer.enrolment);
    } catch (e) {
      // The code is used up now; without storage the token would be lost at the next reload anyway.
      console.error('gradimento: enrolment not stored', e);
      if (alive.current) setState(pairing({ kind: 'storage' }));
      return;
    }
    if (!alive.current) return;
    current.current = { terminalId: answer.enrolment.terminalId, token: answer.enrolment.token };
    refusedId.current = null;
    setState({ kind: 'enrolled', ...current.current });
  };

  useEffect(() => {
    alive.current = true;
    void (async () => {
      const stored = await readEnrolment(db).catch(() => null);
      if (!alive.current) return;
      if (stored && !stored.refusedAt) current.current = { terminalId: stored.terminalId, token: stored.token };
      else if (stored) refusedId.current = stored.terminalId;
      if (pairCode) {
        setState({ kind: 'enrolling' });
        await redeem(pairCode);
      } else {
        setState(current.current ? { kind: 'enrolled', ...current.current } : pairing(null));
      }
    })();
    return () => {
      alive.current = false;
    };
  }, [db, queue]);

  const submit = useCallback(
    async (code: string) => {
      setState(pairing(null, code, true));
      await redeem(code);
    },
    [db, queue, fetch],
  );

  const refused = useCallback(
    (token: string) => {
      if (current.current?.token !== token) return;
      refusedId.current = current.current.terminalId;
      current.current = null;
      setState(pairing(null));
      markRefused(db, token).catch((e) => console.error('gradimento: refusal not stored', e));
    },
    [db],
  );

  const cancel = useCallback(() => {
    if (current.current) setState({ kind: 'enrolled', ...current.current });
  }, []);

  const repair = useCallback(() => {
    if (current.current) setState(pairing(null));
  }, []);

  return { state, submit, refused, cancel, repair };
}
