// The navigation between the dashboard's pages: only those the person's roles open.
import { pageHref } from '../use-page';
import type { PageId } from '../grants';
import { PAGE_LABELS, SESSION_LABELS as L } from '../session-labels';

export function NavBar({ pages, current }: { pages: readonly PageId[]; current: PageId }) {
  // A viewer has the report only: a one-link menu would be noise.
  if (pages.length < 2) return null;
  return (
    <nav class="nav" aria-label={L.navigation}>
      <ul>
        {pages.map((id) => (
          <li key={id}>
            <a href={pageHref(id)} data-testid={`nav-${id}`} aria-current={id === current ? 'page' : undefined}>
              {PAGE_LABELS[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
