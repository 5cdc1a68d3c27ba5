// The citizen's path through one vote: service (totem), face, reasons if negative, thanks; stored before thanked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type TerminalLanguage } from '../../server/contract/languages';
import { asksForReasons, facesOf, type FaceId } from '../../server/contract/scale';
import type { TerminalConfig } from '../../server/contract/terminal-config';
import { WordsContext } from '../ui/i18n/words-context';
import { afterPaint } from './after-paint';
import { playConfirmTone } from './kiosk/confirm-tone';
import { noteWriteFailure } from './kiosk/storage-health';
import { FaceChange } from './screens/face-change';
import { FacePicker } from './screens/face-picker';
import { LanguageButton, LanguagePicker } from './screens/language-picker';
import { ReasonPicker } from './screens/reason-picker';
import { ServicePicker } from './screens/service-picker';
import { SaveFailed, Thanks } from './screens/thanks';
import { useIdleTimeout } from './idle-reset';
import { useScreenFocus } from './screen-focus';
import type { VoteOutcome, VoteRecorder } from './store/vote-queue';
import { useCitizenLanguage } from './use-citizen-language';

type Step =
  | { kind: 'start' }
  | { kind: 'languages'; unavailable: TerminalLanguage | null }
  | { kind: 'faces'; serviceId: string }
  | { kind: 'reasons'; voteId: string; face: FaceId }
  | { kind: 'thanks' }
  | { kind: 'failed' };

export interface VotingProps {
  config: TerminalConfig;
  terminalId: string;
  /** Where votes go: the queue, or in a trial nowhere. */
  queue: VoteRecorder;
  /** A vote became sendable: time to wake the sync loop. */
  onVoted?: () => void;
  /** Whether the start screen is showing: configuration updates and app reloads wait for it. */
  onAtStart?: (atStart: boolean) => void;
}

export function Voting({ config, terminalId, queue, onVoted, onAtStart }: VotingProps) {
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [busy, setBusy] = useState(false);
  // A ref as well as state: two taps in one frame both see the state before re-render.
  const busyRef = useRef(false);
  // A face change being written, resolving to whether the vote is still open on the reasons screen.
  const changing = useRef<Promise<boolean> | null>(null);
  const { services, timing } = config;
  // The picker shows whenever there is a choice to make. A counter terminal with several services
  // is a configuration error; asking beats filing every vote under the first service.
  const picks = services.length > 1;
  const language = useCitizenLanguage();
  const goStart = () => setStep({ kind: 'start' });
  // The vote is over (thanked, failed or abandoned): the next citizen finds the terminal in Italian.
  const endVote = () => {
    language.reset();
    setStep({ kind: 'start' });
  };
  const atDefaultStart = step.kind === 'start' && language.code === DEFAULT_LANGUAGE;

  // A start screen in another language has a citizen in front of it: updates wait until it is back to Italian.
  useEffect(() => onAtStart?.(atDefaultStart), [atDefaultStart]);

  const tapFace = async (serviceId: string, face: FaceId) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const draft = { terminalId, serviceId, face, scale: config.scale };
      // With no reasons configured there is nothing to ask, so the question was not asked.
      if (asksForReasons(face) && config.reasons.length > 0) {
        const vote = await queue.open(draft);
        setStep({ kind: 'reasons', voteId: vote.id, face });
      } else {
        await queue.record(draft);
        setStep({ kind: 'thanks' });
        // The vote is durable: sending it can wait until "Grazie!" is on screen.
        if (onVoted) afterPaint(onVoted);
      }
    } catch (e) {
      console.error('gradimento: vote not stored', e);
      noteWriteFailure(e);
      setStep({ kind: 'failed' });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const finishReasons = async (voteId: string, outcome: VoteOutcome, then?: 'start') => {
    // Invia, Salta or the timeout while a face change is still being written: the picker has closed
    // itself and will not answer again, so waiting is the only way not to lose the answer and leave
    // the screen frozen. A change that ended the vote (a face that asks nothing) or failed ends it here too.
    if (changing.current && !(await changing.current)) return;
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      await queue.finalise(voteId, outcome);
      if (onVoted) afterPaint(onVoted);
    } catch (e) {
      // The vote is already stored as 'open': the next start or boot makes it sendable as 'timeout'.
      // Its face is recorded, so «Grazie!» is true; the reasons are not, which staff must hear of.
      console.error('gradimento: reasons not stored', e);
      noteWriteFailure(e);
    } finally {
      busyRef.current = false;
    }
    // A vote left behind, ended by the next citizen's key: they find the start screen, not a «Grazie!» that is not theirs.
    if (then === 'start') endVote();
    else setStep({ kind: 'thanks' });
  };

  // A mistaken red tap put right on the reasons screen: the same vote takes the new face.
  const changeFace = (voteId: string, face: FaceId) => {
    if (busyRef.current) return;
    busyRef.current = true;
    const run = (async () => {
      try {
        const result = await queue.changeFace(voteId, face);
        if (result === 'open') {
          setStep({ kind: 'reasons', voteId, face });
          return true;
        }
        if (result === 'final' && onVoted) afterPaint(onVoted);
        setStep({ kind: 'thanks' });
      } catch (e) {
        // The new face is not stored. The screen says nothing was recorded, so the mistaken first
        // face must not be sent either: it is taken back (if that write fails too, staff are told
        // by the corner's «!» and the first face goes out as 'timeout').
        console.error('gradimento: face not changed', e);
        noteWriteFailure(e);
        await queue.discardOpen(voteId).catch((err: unknown) => console.error('gradimento: mistaken face not taken back', err));
        setStep({ kind: 'failed' });
      } finally {
        busyRef.current = false;
        changing.current = null;
      }
      return false;
    })();
    changing.current = run;
  };

  // The optional audible confirmation, once the vote is safely stored.
  useEffect(() => {
    if (step.kind === 'thanks' && config.terminal.sound) playConfirmTone();
  }, [step.kind]);

  // Any screen but the start goes back there when left alone. The reasons question runs its own
  // timer (the shorter of followUpMs and idleMs), so the reasons already toggled are kept.
  // A start screen left in another language goes back to Italian the same way.
  useIdleTimeout(!atDefaultStart && step.kind !== 'reasons', timing.idleMs, endVote, step);

  const pickLanguage = (code: TerminalLanguage) => {
    language.choose(code).then(
      () => setStep({ kind: 'start' }),
      (e) => {
        console.error('gradimento: language not loaded', code, e);
        setStep({ kind: 'languages', unavailable: code });
      },
    );
  };
  const languageButton = <LanguageButton onOpen={() => setStep({ kind: 'languages', unavailable: null })} />;

  // Each change of screen is said: its title takes the focus. A face changed on the reasons screen is not a new screen.
  const root = useRef<HTMLDivElement>(null);
  useScreenFocus(root, step.kind === 'reasons' ? `reasons:${step.voteId}` : step.kind === 'faces' ? `faces:${step.serviceId}` : step.kind);

  return (
    <WordsContext.Provider value={language.words}>
      {/* display: contents (terminal.css): a box for finding the screens' titles, none for the layout. */}
      <div ref={root} class="voting">
        {screen()}
      </div>
    </WordsContext.Provider>
  );

  function screen() {
    switch (step.kind) {
      case 'start':
        if (picks) {
          const named = services.map((s) => {
            const { text, lang } = language.localName(s.name, s.translations);
            return { id: s.id, name: text, lang };
          });
          return <ServicePicker services={named} languageButton={languageButton} onPick={(serviceId) => setStep({ kind: 'faces', serviceId })} />;
        }
        return renderFaces(services[0]!.id);
      case 'languages':
        return <LanguagePicker current={language.code} unavailable={step.unavailable} onPick={pickLanguage} onBack={() => setStep({ kind: 'start' })} />;
      case 'faces':
        return renderFaces(step.serviceId, goStart);
      case 'reasons': {
        const reasons = config.reasons.map((r) => {
          const { text, lang } = language.localName(r.label, r.translations);
          return { id: r.id, label: text, lang };
        });
        return (
          <ReasonPicker
            key={step.voteId}
            reasons={reasons}
            followUpMs={Math.min(timing.followUpMs, timing.idleMs)}
            onDone={(outcome, then) => void finishReasons(step.voteId, outcome, then)}
            faceChange={<FaceChange faces={facesOf(config.scale)} face={step.face} onChange={(face) => changeFace(step.voteId, face)} />}
          />
        );
      }
      case 'thanks':
        return <Thanks ms={timing.thanksMs} onDone={endVote} />;
      case 'failed':
        // Twice the thanks' time: an apology of several lines takes an elderly reader longer than «Grazie!».
        return <SaveFailed ms={timing.thanksMs * 2} onDone={endVote} />;
    }
  }

  function renderFaces(serviceId: string, onBack?: () => void) {
    const service = services.find((s) => s.id === serviceId);
    const name = service ? language.localName(service.name, service.translations) : { text: '' };
    return (
      <FacePicker
        faces={facesOf(config.scale)}
        serviceName={name.text}
        serviceLang={name.lang}
        // On a counter terminal the faces are the start screen: the language button goes there.
        languageButton={onBack ? undefined : languageButton}
        busy={busy}
        onFace={(face) => void tapFace(serviceId, face)}
        onBack={onBack}
      />
    );
  }
}
