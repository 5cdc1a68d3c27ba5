// A table only screen readers see: the numbers behind a chart, since a canvas says nothing to them.

interface Props {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
  testId?: string;
}

/**
 * The first cell of each row is its header (a service, a day, a reason).
 *
 * Hidden through a wrapper, not on the table itself: a table box ignores `height` and `overflow`, so a
 * "visually hidden" table kept its full size. A year of days added some 10,000 px of blank page below
 * the report, and its unwrapped cells pushed a phone's page sideways.
 */
export function SrTable({ caption, headers, rows, testId }: Props) {
  return (
    <div class="visually-hidden">
      <table data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => <th key={h} scope="col">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
