// The polite status above a management list: «Salvato: Anagrafe» once its form saved. The form closes and the
// focus goes back to the list (use-editor.ts), so without it nothing said whether the save went through.
import { createContext, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Says a text in the page's status; an empty text clears it. Without a SavedStatus around, nothing is said. */
export const SavedStatusContext = createContext<(text: string) => void>(() => undefined);

/**
 * Holds the status for the lists inside it. The region is always in the page, empty until something is
 * saved: a live region that appears with its text already in it is not read by every screen reader.
 */
export function SavedStatus({ children }: { children: ComponentChildren }) {
  const [text, setText] = useState('');
  return (
    <SavedStatusContext.Provider value={setText}>
      <p role="status" class={text ? 'card notice' : 'visually-hidden'} data-testid="saved-status">
        {text}
      </p>
      {children}
    </SavedStatusContext.Provider>
  );
}
