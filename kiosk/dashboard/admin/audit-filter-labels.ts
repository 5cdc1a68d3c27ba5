// Italian texts of the audit log's filters: by person, kind of item and period.
export const AF = {
  legend: 'Cerca nel registro',
  actor: 'Chi (parte dell’e-mail)',
  what: 'Che cosa',
  anything: 'Tutto',
  from: 'Dal',
  to: 'Al',
  apply: 'Cerca',
  clear: 'Togli i filtri',
  noMatch: 'Nessuna modifica corrisponde ai filtri.',
  toBeforeFrom: 'La data «Al» viene prima di «Dal».',
};
