// Said before a manager pastes the website's box or prints QR codes that name the collector by an
// address citizens cannot reach (PUBLIC_URL unset, the dashboard opened on the office network).
import { addressProblem } from '../../../server/contract/public-address';
import { C } from './channels-labels';

export function AddressWarning({ base, what, testId }: { base: string; what: 'web' | 'qr'; testId: string }) {
  const problem = addressProblem(base);
  if (!problem) return null;
  return (
    <p class="card error" role="note" data-testid={testId}>
      {C.addressWarning(problem, base, what)}
    </p>
  );
}
