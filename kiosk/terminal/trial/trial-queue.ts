// The votes of a trial: answered as the queue answers them, so the screens behave as for a citizen, but kept nowhere and sent nowhere.
import { asksForReasons } from '../../../server/contract/scale';
import { newVoteId, type VoteRecorder } from '../store/vote-queue';

/** Only which trial votes are still on their reasons screen, in memory: nothing reaches IndexedDB or the sync loop. */
export function createTrialQueue(): VoteRecorder {
  const open = new Set<string>();
  return {
    async open() {
      const id = newVoteId();
      open.add(id);
      return { id };
    },
    async record() {
      return { id: newVoteId() };
    },
    async finalise(id) {
      return open.delete(id);
    },
    async changeFace(id, face) {
      if (!open.has(id)) return null;
      if (asksForReasons(face)) return 'open';
      open.delete(id);
      return 'final';
    },
    async discardOpen(id) {
      return open.delete(id);
    },
  };
}
