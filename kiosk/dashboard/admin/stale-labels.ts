// The words a management form says when its save was refused because someone else changed the item since it was opened (409 stale).

/** What a form edits, each named as its sentence needs. */
export type StaleWhat = 'office' | 'terminal' | 'reasons' | 'publicPage' | 'rule' | 'service' | 'administration' | 'person';

/** What a list's buttons act on (archive, disable, enable), sending the version the list showed. */
export type ListedWhat = 'office' | 'terminal' | 'service' | 'administration' | 'person';

export const S = {
  title: {
    office: 'Qualcun altro ha modificato questo ufficio dopo che l’hai aperto.',
    terminal: 'Qualcun altro ha modificato questo terminale dopo che l’hai aperto.',
    reasons: 'Qualcun altro ha modificato l’elenco delle motivazioni dopo che l’hai aperto.',
    publicPage: 'Qualcun altro ha modificato le impostazioni della pagina pubblica dopo che le hai aperte.',
    rule: 'Qualcun altro ha modificato questa regola di avviso dopo che l’hai aperta.',
    service: 'Qualcun altro ha modificato questo servizio dopo che l’hai aperto.',
    administration: 'Qualcun altro ha rinominato questa amministrazione dopo che l’hai aperta.',
    person: 'Qualcun altro ha modificato i dati di questa persona dopo che li hai aperti.',
  } satisfies Record<StaleWhat, string>,
  /** `when` is already written as the page writes instants. */
  lastChange: (who: string | null, when: string) => (who ? `Ultima modifica: ${who}, ${when}.` : `Ultima modifica: ${when}.`),
  kept: 'Non è stato salvato nulla, e quello che hai scritto è ancora nel modulo.',
  showTheirs: 'Mostra la versione salvata ora',
  loading: 'Lettura della versione salvata…',
  loadFailed: 'Non è stato possibile leggere la versione salvata ora:',
  theirsTitle: 'La versione salvata ora, dove è diversa da quella che avevi aperto:',
  theirsSame: 'Nei campi di questo modulo la versione salvata ora è uguale a quella che avevi aperto.',
  saveAgain: 'Se salvi di nuovo, partono solo i campi che hai cambiato tu: gli altri restano come li ha lasciati l’altra persona.',
  ruleGone: 'La regola non c’è più: qualcun altro l’ha eliminata.',
  notListed: 'Non compare più nell’elenco.',
  /** The rename of an administration: its one field is the name. */
  renameAgain: 'Se salvi di nuovo, il nome che hai scritto sostituisce quello dell’altra persona.',
  /** A service's fields that have no label of their own in its form. */
  standardHistory: 'Storico dello standard',
  translations: 'Traduzioni per il terminale',
  reasonsMerged: 'Le sue modifiche sono state riportate nel tuo elenco, insieme alle tue. Controllalo e salva di nuovo.',
  /** A list's button refused: the item changed since the list was read. */
  listed: {
    office: 'Qualcun altro ha modificato questo ufficio dopo che hai aperto l’elenco.',
    terminal: 'Qualcun altro ha modificato questo terminale dopo che hai aperto l’elenco.',
    service: 'Qualcun altro ha modificato questo servizio dopo che hai aperto l’elenco.',
    administration: 'Qualcun altro ha rinominato questa amministrazione dopo che hai aperto l’elenco.',
    person: 'Qualcun altro ha modificato i dati di questa persona dopo che hai aperto l’elenco.',
  } satisfies Record<ListedWhat, string>,
  listNothingDone: 'Non è stato fatto nulla: l’elenco ora mostra la versione salvata. Controllala e, se vuoi ancora, riprova.',
};
