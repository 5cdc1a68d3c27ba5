// Outside opening hours: a quiet, dark screen instead of faces nobody should tap (the screen may sleep).
import { t } from '../../ui/i18n';

export function OfficeClosed() {
  return (
    <main class="screen screen-closed" data-testid="office-closed">
      <div>
        <h1>{t.closedTitle}</h1>
        <p class="hint">{t.closedBody}</p>
      </div>
    </main>
  );
}
