// How a refused people-served file is listed: "riga N: colonna — motivo". The reasons themselves come
// from the collector in the dashboard's language (kiosk/dashboard/api.ts asks for it).

export const SERVED_PROBLEMS = {
  headerColumn: 'nomi delle colonne',
  fileColumn: 'file',
  line: (n: number) => `riga ${n}: `,
};
