// The faces again, small, on the reasons screen: a citizen who tapped red by mistake touches another and the same vote changes.
import type { FaceId } from '../../../server/contract/scale';
import { FaceIcon } from '../../ui/face-icon';
import { useWords } from '../../ui/i18n/words-context';

export interface FaceChangeProps {
  faces: readonly FaceId[];
  /** The face of the open vote. */
  face: FaceId;
  onChange: (face: FaceId) => void;
}

export function FaceChange({ faces, face, onChange }: FaceChangeProps) {
  const t = useWords();
  const pick = (next: FaceId) => {
    if (next !== face) onChange(next);
  };
  // Touch (or Tab and Enter) only, never the keys 1-5: the screen stays up to 20 s, and the next
  // citizen's 1 would silently turn this vote into theirs. The keys answer the question instead
  // (kiosk/use-reason-keys.ts).
  return (
    <div class="face-change" role="group" aria-labelledby="face-change-title" data-testid="face-change">
      <p id="face-change-title" class="face-change-title">
        {t.rateTitle}
      </p>
      {/* The faces in a box of their own, as wide as they are: on a short screen the question stands above them, beside the reasons' title, not in one long line with them (terminal.css). */}
      <div class="face-change-faces">
        {faces.map((f) => (
          <button
            type="button"
            key={f}
            aria-pressed={f === face}
            aria-label={t.faces[f].accessibleName}
            data-testid={`change-face-${f}`}
            onClick={() => pick(f)}
          >
            <FaceIcon face={f} />
            <span aria-hidden="true">{t.faces[f].label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
