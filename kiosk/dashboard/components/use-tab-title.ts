// The browser tab's title for a screen, in the dashboard's language: dashboard/index.html's own title is Italian and fixed.
import { useEffect } from 'preact/hooks';

/** «Accedi al cruscotto · gradimento»: the screen first, as every page of the dashboard names itself. */
export function useTabTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · gradimento`;
  }, [title]);
}
