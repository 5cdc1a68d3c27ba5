// The charter's verdict on a service as a badge: a sign and words, never the colour alone.
import type { CharterVerdict } from '../../../server/contract/report';
import { R } from '../report-labels';

const SIGN: Readonly<Record<CharterVerdict, string>> = {
  met: '✓',
  'met-within-noise': '≈',
  'missed-within-noise': '≈',
  missed: '✗',
  'small-sample': '·',
  'no-votes': '·',
};

export function VerdictBadge({ verdict, testId }: { verdict: CharterVerdict; testId?: string }) {
  return (
    <span class={`verdict verdict-${verdict}`} title={R.verdictLong[verdict]} data-testid={testId} data-verdict={verdict}>
      <span aria-hidden="true">{SIGN[verdict]} </span>
      {R.verdictShort[verdict]}
    </span>
  );
}
