// The navigation between the dashboard's pages: only those the person's roles open. On a phone it
// folds behind a "Menu" button naming the page open, instead of filling the first screen with links.
import { useState } from 'preact/hooks';
import { pageHref } from '../use-page';
import type { PageId } from '../grants';
import { PAGE_LABELS, SESSION_LABELS as L } from '../session-labels';

export function NavBar({ pages, current }: { pages: readonly PageId[]; current: PageId }) {
  const [open, setOpen] = useState(false);
  // A viewer has the report only: a one-link menu would be noise.
  if (pages.length < 2) return null;
  return (
    <nav class="nav" aria-label={L.navigation} data-open={open ? 'true' : 'false'}>
      {/* Shown only on narrow screens (dashboard.css); on wider ones the list is always there. */}
      <button type="button" class="nav-toggle" aria-expanded={open} aria-controls="nav-pages" data-testid="nav-toggle" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> {L.navigationMenu}: <strong>{PAGE_LABELS[current]}</strong>
      </button>
      <ul id="nav-pages">
        {pages.map((id) => (
          <li key={id}>
            <a href={pageHref(id)} data-testid={`nav-${id}`} aria-current={id === current ? 'page' : undefined} onClick={() => setOpen(false)}>
              {PAGE_LABELS[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
