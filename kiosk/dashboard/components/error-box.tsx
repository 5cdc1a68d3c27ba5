// A failed load: the collector's message and a retry.
import { LABELS } from '../labels';

export function ErrorBox({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div class="card error" role="alert" data-testid="error">
      <h2>{LABELS.errorTitle}</h2>
      <p>{message}</p>
      <button type="button" onClick={onRetry}>
        {LABELS.retry}
      </button>
    </div>
  );
}
