// The words said when a part of the dashboard did not download, in Italian: a new version, or the connection.
export const LOAD_FAILURE_LABELS = {
  newVersion: 'È disponibile una nuova versione del cruscotto: ricarica la pagina per continuare da qui.',
  reload: 'Ricarica',
  chartLoadFailed: 'Impossibile caricare il grafico: controlla la connessione e riprova.',
  stillOffline: 'Ancora nessuna risposta: controlla la connessione e riprova tra poco.',
} as const;
