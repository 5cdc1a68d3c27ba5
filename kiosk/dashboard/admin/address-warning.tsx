// Said before a manager pastes the website's box, prints QR codes or hands out the public page's links
// that name the collector by an address citizens cannot reach (PUBLIC_URL unset, the dashboard opened
// on the office network).
import { addressProblem, type AddressProblem } from '../../../server/contract/public-address';
import { C } from './channels-labels';

/** `what`: the channels' wording (the box, the QR codes); `say`: a page's own wording of the same problem. */
type Wording = { what: 'web' | 'qr' } | { say: (problem: AddressProblem, base: string) => string };

export function AddressWarning({ base, testId, ...wording }: { base: string; testId: string } & Wording) {
  const problem = addressProblem(base);
  if (!problem) return null;
  return (
    <p class="card error" role="note" data-testid={testId}>
      {'say' in wording ? wording.say(problem, base) : C.addressWarning(problem, base, wording.what)}
    </p>
  );
}
