// Which page of the dashboard is open, kept in the address's fragment (#/terminals) so it survives a reload and a new sign-in.
import { useEffect, useState } from 'preact/hooks';

/** The page a fragment names, or '' for none; '#/terminals' and '#terminals' both give 'terminals'. */
export function pageFromHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
}

export function pageHref(page: string): string {
  return `#/${page}`;
}

/** The fragment rather than the path: the collector serves the dashboard as one static page at /dashboard/. */
export function usePage(): string {
  const [page, setPage] = useState(() => pageFromHash(location.hash));
  useEffect(() => {
    const update = () => setPage(pageFromHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return page;
}
