// The citizen's words in the language chosen for this vote, handed down to the screens.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { it, type Words } from './it';

/** Italian unless a voting flow provides another catalogue. */
export const WordsContext = createContext<Words>(it);

export function useWords(): Words {
  return useContext(WordsContext);
}
