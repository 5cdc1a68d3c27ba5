// The navigation between the dashboard's pages: only those the person's roles open. On a phone it
// folds behind a "Menu" button naming the page open, instead of filling the first screen with links.
import { useRef, useState } from 'preact/hooks';
import { pageHref } from '../use-page';
import type { PageId } from '../grants';
import { PAGE_LABELS, SESSION_LABELS as L } from '../session-labels';

export function NavBar({ pages, current }: { pages: readonly PageId[]; current: PageId }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // A viewer has the report only: a one-link menu would be noise.
  if (pages.length < 2) return null;
  /**
   * Folds the menu with the focus on its button: the link that had it disappears with the list, and
   * the focus fell to the page's top. A new page then takes it for its heading (app.tsx). On a wide
   * screen the button is not drawn and the list stays: the focus stays on the link.
   */
  const fold = () => {
    setOpen(false);
    if (toggle.current?.offsetParent) toggle.current.focus();
  };
  return (
    <nav
      class="nav"
      aria-label={L.navigation}
      data-open={open ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        fold();
      }}
    >
      {/* Shown only on narrow screens (dashboard.css); on wider ones the list is always there. */}
      <button type="button" class="nav-toggle" ref={toggle} aria-expanded={open} aria-controls="nav-pages" data-testid="nav-toggle" onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰</span> {L.navigationMenu}: <strong>{PAGE_LABELS[current]}</strong>
      </button>
      <ul id="nav-pages">
        {pages.map((id) => (
          <li key={id}>
            <a href={pageHref(id)} data-testid={`nav-${id}`} aria-current={id === current ? 'page' : undefined} onClick={fold}>
              {PAGE_LABELS[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
