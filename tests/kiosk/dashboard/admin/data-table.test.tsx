// The management tables on a phone: every row a card, its buttons on screen, each value with its column's name.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'preact';
import '../../../../kiosk/dashboard/dashboard.css';
import '../../../../kiosk/dashboard/admin/admin.css';
import { DataTable } from '../../../../kiosk/dashboard/admin/list-parts';

let container: HTMLElement;

/** A terminal's row as the Terminals page draws it: the widest of the management tables. */
function Table() {
  return (
    <DataTable headers={['Nome', 'Modalità', 'Stato', 'Ultimo contatto', 'Azioni']} testId="table">
      <tr>
        <td>
          <strong>Totem nell’atrio</strong>
          <div class="muted small-text">Anagrafe e stato civile · Tributi · SUAP - Sportello unico attività produttive · Servizi sociali</div>
        </td>
        <td>Totem (più servizi)</td>
        <td>
          <span class="status status-enrolled">abilitato</span>
        </td>
        <td>28 nov 2026, 08:55</td>
        <td class="row-actions">
          {['Abbina', 'Modifica', 'Revoca', 'Archivia'].map((b) => (
            <button key={b} type="button">
              {b}
            </button>
          ))}
        </td>
      </tr>
    </DataTable>
  );
}

beforeEach(() => {
  container = document.createElement('div');
  container.className = 'page';
  document.body.append(container);
});
afterEach(async () => {
  render(null, container);
  container.remove();
  await page.viewport(1280, 800);
});

const cells = () => [...container.querySelectorAll<HTMLTableCellElement>('tbody td')];

describe('<DataTable>', () => {
  it('keeps every button on a 390 px phone, with each value under its column’s name', async () => {
    await page.viewport(390, 844);
    render(<Table />, container);
    const root = document.documentElement;
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const card = container.querySelector('.card')!.getBoundingClientRect();
    for (const button of container.querySelectorAll('button')) {
      const box = button.getBoundingClientRect();
      expect(box.right, button.textContent!).toBeLessThanOrEqual(card.right);
      expect(box.width, button.textContent!).toBeGreaterThan(0);
    }
    expect(cells().map((c) => c.dataset.label)).toEqual(['Nome', 'Modalità', 'Stato', 'Ultimo contatto', 'Azioni']);
    expect(getComputedStyle(cells()[3]!, '::before').content).toContain('Ultimo contatto');
    // The name is the card's title and the buttons need no heading.
    expect(getComputedStyle(cells()[0]!, '::before').content).toBe('none');
    expect(getComputedStyle(cells()[4]!, '::before').content).toBe('none');
  });

  it('stays a table with its header row on a laptop', async () => {
    render(<Table />, container);
    expect(getComputedStyle(cells()[1]!).display).toBe('table-cell');
    expect(container.querySelector('thead')!.getBoundingClientRect().height).toBeGreaterThan(10);
    expect(getComputedStyle(cells()[3]!, '::before').content).toBe('none');
  });
});
