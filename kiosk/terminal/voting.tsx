// The citizen's path through one vote: service (totem), face, reasons if negative, thanks; stored before thanked.
import { useEffect, useRef, useState } from 'preact/hooks';
import { asksForReasons, facesOf, type FaceId } from '../../server/contract/scale';
import type { TerminalConfig } from '../../server/contract/terminal-config';
import { FacePicker } from './screens/face-picker';
import { ReasonPicker } from './screens/reason-picker';
import { ServicePicker } from './screens/service-picker';
import { SaveFailed, Thanks } from './screens/thanks';
import { useIdleTimeout } from './idle-reset';
import type { VoteOutcome, VoteQueue } from './store/vote-queue';

type Step =
  | { kind: 'start' }
  | { kind: 'faces'; serviceId: string }
  | { kind: 'reasons'; voteId: string }
  | { kind: 'thanks' }
  | { kind: 'failed' };

export interface VotingProps {
  config: TerminalConfig;
  terminalId: string;
  queue: VoteQueue;
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
  const { services, timing } = config;
  // The picker shows whenever there is a choice to make. A counter terminal with several services
  // is a configuration error; asking beats filing every vote under the first service.
  const picks = services.length > 1;
  const goStart = () => setStep({ kind: 'start' });

  useEffect(() => onAtStart?.(step.kind === 'start'), [step.kind]);

  const tapFace = async (serviceId: string, face: FaceId) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      const draft = { terminalId, serviceId, face, scale: config.scale };
      // With no reasons configured there is nothing to ask, so the question was not asked.
      if (asksForReasons(face) && config.reasons.length > 0) {
        const vote = await queue.open(draft);
        setStep({ kind: 'reasons', voteId: vote.id });
      } else {
        await queue.record(draft);
        onVoted?.();
        setStep({ kind: 'thanks' });
      }
    } catch (e) {
      console.error('gradimento: vote not stored', e);
      setStep({ kind: 'failed' });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const finishReasons = async (voteId: string, outcome: VoteOutcome) => {
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      await queue.finalise(voteId, outcome);
      onVoted?.();
    } catch (e) {
      // The vote is already stored as 'open': the next start or boot makes it sendable as 'timeout'.
      console.error('gradimento: reasons not stored', e);
    } finally {
      busyRef.current = false;
    }
    setStep({ kind: 'thanks' });
  };

  // Any screen but the start goes back there when left alone. The reasons question runs its own
  // timer (the shorter of followUpMs and idleMs), so the reasons already toggled are kept.
  useIdleTimeout(step.kind !== 'start' && step.kind !== 'reasons', timing.idleMs, goStart, step);

  switch (step.kind) {
    case 'start':
      if (picks) return <ServicePicker services={services} onPick={(serviceId) => setStep({ kind: 'faces', serviceId })} />;
      return renderFaces(services[0]!.id);
    case 'faces':
      return renderFaces(step.serviceId, goStart);
    case 'reasons':
      return (
        <ReasonPicker
          key={step.voteId}
          reasons={config.reasons}
          followUpMs={Math.min(timing.followUpMs, timing.idleMs)}
          onDone={(outcome) => void finishReasons(step.voteId, outcome)}
        />
      );
    case 'thanks':
      return <Thanks ms={timing.thanksMs} onDone={goStart} />;
    case 'failed':
      return <SaveFailed ms={timing.thanksMs} onDone={goStart} />;
  }

  function renderFaces(serviceId: string, onBack?: () => void) {
    const name = services.find((s) => s.id === serviceId)?.name ?? '';
    return (
      <FacePicker
        faces={facesOf(config.scale)}
        serviceName={name}
        busy={busy}
        onFace={(face) => void tapFace(serviceId, face)}
        onBack={onBack}
      />
    );
  }
}
