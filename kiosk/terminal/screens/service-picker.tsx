// Totem start screen: the citizen picks the service they used, on large tiles that always fit the screen.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { useWords } from '../../ui/i18n/words-context';
import { faceKey, useFaceKeys } from '../kiosk/use-face-keys';
import { dirOf } from './text-direction';

export interface ServicePickerProps {
  /** lang is set on a name that stays Italian inside another language. */
  services: ReadonlyArray<{ id: string; name: string; lang?: string }>;
  onPick: (serviceId: string) => void;
  /** The language button of the start screen. */
  languageButton?: ComponentChildren;
}

export function ServicePicker({ services, onPick, languageButton }: ServicePickerProps) {
  const t = useWords();
  const n = services.length;
  // Keys 1 to 9 pick the services in screen order, as they pick the faces next: a citizen on big
  // external buttons or a keypad votes on a totem too (the first nine services; the rest by touch).
  const keyed = useMemo(() => services.slice(0, 9).map((s) => s.id), [services]);
  useFaceKeys(keyed, onPick);
  // Columns chosen so every tile fits without scrolling; CSS picks one set by orientation.
  const style = { '--cols-landscape': String(landscapeColumns(n)), '--cols-portrait': String(portraitColumns(n)) };
  return (
    <main class="screen screen-services">
      <header class="screen-head">
        {languageButton}
        <h1 tabIndex={-1}>{t.pickServiceTitle}</h1>
        <p class="hint">{t.pickServiceHint}</p>
      </header>
      <div class="tiles" style={style}>
        {services.map((s, index) => (
          <button
            type="button"
            class="tile"
            key={s.id}
            data-testid="service-tile"
            data-service-id={s.id}
            lang={s.lang}
            aria-keyshortcuts={index < 9 ? faceKey(index) : undefined}
            onClick={() => onPick(s.id)}
          >
            {index < 9 && (
              <span class="face-key" aria-hidden="true">
                {faceKey(index)}
              </span>
            )}
            {/* dir on the name, not the tile: the key stays in the corner the page's direction puts it. */}
            <span class="tile-name" dir={dirOf(s.lang)}>
              {s.name}
            </span>
          </button>
        ))}
      </div>
    </main>
  );
}

export function landscapeColumns(n: number): number {
  if (n <= 3) return Math.max(1, n);
  if (n <= 6) return 3;
  if (n <= 8) return 4;
  return Math.ceil(Math.sqrt(n * 1.8));
}

export function portraitColumns(n: number): number {
  if (n <= 4) return 1;
  if (n <= 10) return 2;
  return 3;
}
