// The verdict at a glance: the share of positive votes (big) and the index, each with its votes and interval in words, and how each moved since before.
import type { Comparison, Figure, Score } from '../../../server/contract/report';
import { indexInterval, indexValue, percent, shareInterval } from '../figures';
import { R } from '../report-labels';
import { ComparisonLine } from './comparison-line';

interface Props {
  score: Score;
  comparisons: readonly Comparison[];
  minSample: number;
}

export function ScoreHeadline({ score, comparisons, minSample }: Props) {
  return (
    <div class="headline">
      <FigureBlock kind="share" figure={score.positiveShare} comparisons={comparisons} minSample={minSample} />
      <FigureBlock kind="index" figure={score.index} comparisons={comparisons} minSample={minSample} />
    </div>
  );
}

interface BlockProps {
  kind: 'share' | 'index';
  figure: Figure;
  comparisons: readonly Comparison[];
  minSample: number;
}

function FigureBlock({ kind, figure, comparisons, minSample }: BlockProps) {
  const share = kind === 'share';
  const interval = share ? shareInterval(figure) : indexInterval(figure);
  const id = `headline-${kind}`;
  return (
    <div class={`figure figure-${kind}${figure.smallSample ? ' is-small' : ''}`} data-testid={id} data-value={figure.value ?? ''} data-small={String(figure.smallSample)}>
      <h3 id={`${id}-label`} class="figure-label">
        {share ? R.positiveShare : R.index}
      </h3>
      <p class="figure-value">
        {figure.value === null ? R.noVotesFigure : share ? percent(figure.value) : indexValue(figure.value)}
        {!share && figure.value !== null && <span class="figure-scale"> {R.indexScale}</span>}
      </p>
      <p class="figure-basis" data-testid={`${id}-basis`}>
        {R.votes(figure.votes)}
        {interval && ` · ${interval}`}
      </p>
      {figure.smallSample && figure.votes > 0 && (
        <p class="small-sample" data-testid={`${id}-small`}>
          {R.smallSample(minSample)}
        </p>
      )}
      {comparisons.length > 0 && (
        <ul class="compares">
          {comparisons.map((c) => (
            <ComparisonLine key={c.kind} comparison={c} unit={kind} testId={`compare-${c.kind}-${kind}`} />
          ))}
        </ul>
      )}
    </div>
  );
}
