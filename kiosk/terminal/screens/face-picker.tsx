// The faces of the terminal's scale as big buttons, each with its drawing and its word.
import type { FaceId } from '../../../server/contract/scale';
import { FaceIcon } from '../../ui/face-icon';
import { FACE_STYLE } from '../../ui/face-style';
import { t } from '../../ui/i18n';

export interface FacePickerProps {
  faces: readonly FaceId[];
  /** The service being rated, shown so the citizen knows what the faces are about. */
  serviceName: string;
  onFace: (face: FaceId) => void;
  /** Totem only: back to the services. */
  onBack?: () => void;
  /** True while the tap is being written: a second tap must not make a second vote. */
  busy?: boolean;
}

export function FacePicker({ faces, serviceName, onFace, onBack, busy = false }: FacePickerProps) {
  return (
    <main class="screen screen-faces" aria-busy={busy}>
      <header class="screen-head">
        <p class="service-name">{serviceName}</p>
        <h1>{t.rateTitle}</h1>
      </header>
      <div class="faces" style={{ '--faces': String(faces.length) }}>
        {faces.map((face) => {
          const style = FACE_STYLE[face];
          return (
            <button
              type="button"
              key={face}
              class="face-button"
              aria-label={style.accessibleName}
              data-testid={`face-${face}`}
              onClick={() => {
                if (!busy) onFace(face);
              }}
            >
              <FaceIcon face={face} class="face-icon" />
              <span class="face-label">{style.label}</span>
            </button>
          );
        })}
      </div>
      {onBack && (
        <footer class="screen-foot">
          <button type="button" class="secondary" data-testid="change-service" onClick={onBack}>
            {t.changeService}
          </button>
        </footer>
      )}
    </main>
  );
}
