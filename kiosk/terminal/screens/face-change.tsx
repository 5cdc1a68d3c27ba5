// The faces again, small, on the reasons screen: a citizen who tapped red by mistake picks another and the same vote changes.
import type { FaceId } from '../../../server/contract/scale';
import { FaceIcon } from '../../ui/face-icon';
import { useWords } from '../../ui/i18n/words-context';
import { faceKey, useFaceKeys } from '../kiosk/use-face-keys';

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
  // The same keys as on the faces screen: 1 after a mistaken 3 puts it right.
  useFaceKeys(faces, pick);
  return (
    <div class="face-change" role="group" aria-labelledby="face-change-title" data-testid="face-change">
      <p id="face-change-title" class="face-change-title">
        {t.rateTitle}
      </p>
      {faces.map((f, index) => (
        <button
          type="button"
          key={f}
          aria-pressed={f === face}
          aria-label={t.faces[f].accessibleName}
          aria-keyshortcuts={faceKey(index)}
          data-testid={`change-face-${f}`}
          onClick={() => pick(f)}
        >
          <FaceIcon face={f} />
          <span aria-hidden="true">{t.faces[f].label}</span>
        </button>
      ))}
    </div>
  );
}
