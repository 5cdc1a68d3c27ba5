// The faces of the terminal's scale as big buttons, each with its drawing and its word.
import type { ComponentChildren } from 'preact';
import type { FaceId } from '../../../server/contract/scale';
import { FaceIcon } from '../../ui/face-icon';
import { faceKey, useFaceKeys } from '../kiosk/use-face-keys';
import { useWords } from '../../ui/i18n/words-context';
import { dirOf } from './text-direction';

export interface FacePickerProps {
  faces: readonly FaceId[];
  /** The service being rated, shown so the citizen knows what the faces are about. */
  serviceName: string;
  /** Set when the name stays Italian inside another language (no translation). */
  serviceLang?: string;
  onFace: (face: FaceId) => void;
  /** Totem only: back to the services. */
  onBack?: () => void;
  /** True while the tap is being written: a second tap must not make a second vote. */
  busy?: boolean;
  /** The language button, on the start screen only. */
  languageButton?: ComponentChildren;
}

export function FacePicker({ faces, serviceName, serviceLang, onFace, onBack, busy = false, languageButton }: FacePickerProps) {
  const t = useWords();
  useFaceKeys(faces, (face) => {
    if (!busy) onFace(face);
  });
  return (
    <main class="screen screen-faces" aria-busy={busy}>
      <header class="screen-head">
        {languageButton}
        <p class="service-name" lang={serviceLang} dir={dirOf(serviceLang)}>
          {serviceName}
        </p>
        <h1 tabIndex={-1}>{t.rateTitle}</h1>
      </header>
      <div class="faces" style={{ '--faces': String(faces.length) }}>
        {faces.map((face, index) => {
          const words = t.faces[face];
          return (
            <button
              type="button"
              key={face}
              class="face-button"
              aria-label={words.accessibleName}
              data-testid={`face-${face}`}
              aria-keyshortcuts={faceKey(index)}
              onClick={() => {
                if (!busy) onFace(face);
              }}
            >
              <FaceIcon face={face} class="face-icon" />
              <span class="face-label">{words.label}</span>
              {/* The key an external button or keyboard sends for this face (kiosk/use-face-keys.ts). */}
              <span class="face-key" aria-hidden="true">
                {faceKey(index)}
              </span>
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
