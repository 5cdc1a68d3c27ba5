// "Come leggere questi numeri": what docs/metrics.md defines, told in plain words under the verdict, with the installation's real minimum sample.
import { formatNumber } from '../format';
import { HOW_TO_READ as T } from '../how-to-read-labels';

interface Props {
  minSample: number;
  /** Which figures the page shows: an office's report, a list of offices or administrations side by side, or the bulletin. */
  level: 'office' | 'ranking' | 'bulletin';
}

export function HowToRead({ minSample, level }: Props) {
  const m = formatNumber(minSample);
  return (
    <details class="how-to-read" data-testid="how-to-read">
      <summary>{T.title}</summary>
      <dl>
        <dt>{T.positiveTerm}</dt>
        <dd>{T.positive}</dd>
        <dt>{T.indexTerm}</dt>
        <dd>{T.index}</dd>
        <dt>{T.intervalTerm}</dt>
        <dd>{T.interval}</dd>
        <dt>{T.smallSampleTerm}</dt>
        <dd>{T.smallSample(m)}</dd>
        <dt>{T.noiseTerm}</dt>
        <dd>{T.noise}</dd>
        {level !== 'bulletin' && (
          <>
            <dt>{T.charterTerm}</dt>
            <dd>{T.charter}</dd>
          </>
        )}
        <dt>{level === 'office' ? T.orderTermOffice : T.orderTermRanking}</dt>
        <dd>{T.order(level === 'office', m)}</dd>
        <dt>{T.participationTerm}</dt>
        <dd>{T.participation}</dd>
        {level === 'office' && (
          <>
            <dt>{T.hoursTerm}</dt>
            <dd>{T.hours}</dd>
            <dt>{T.reasonsTerm}</dt>
            <dd>{T.reasons}</dd>
          </>
        )}
        <dt>{T.lateTerm}</dt>
        <dd>{T.late}</dd>
      </dl>
    </details>
  );
}
