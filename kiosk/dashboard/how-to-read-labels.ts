// "Come leggere questi numeri": what docs/metrics.md defines, told in plain Italian under the verdict.

export const HOW_TO_READ = {
  title: 'Come leggere questi numeri',
  positiveTerm: 'Giudizi positivi',
  positive:
    'La quota di giudizi «positivo» (e «ottimo», dove il terminale mostra quattro o cinque faccine) sul totale dei giudizi: la cifra principale del programma «Mettiamoci la faccia». Le stelle del sito web contano allo stesso modo: 4 e 5 stelle sono positive.',
  indexTerm: 'Indice di soddisfazione',
  index:
    'La media dei giudizi su una scala da 0 a 100: con tre faccine la verde vale 100, la gialla 50, la rossa 0 (con quattro faccine 100, 66⅔, 33⅓ e 0; con cinque 100, 75, 50, 25 e 0). Se tutti scelgono la faccina gialla, l’indice è 50.',
  intervalTerm: '«tra 73% e 79%»',
  interval:
    'L’intervallo al 95% (metodo di Wilson): dice quanto è incerta la cifra. Con pochi giudizi è largo, con molti è stretto. Calcolato così, in 95 casi su 100 contiene il valore che si avrebbe con moltissimi giudizi.',
  smallSampleTerm: 'Campione piccolo',
  smallSample: (min: string) =>
    `Sotto i ${min} giudizi una cifra è mostrata in grigio, con il numero di giudizi: non entra in nessuna classifica, non è confrontata con lo standard della Carta dei servizi né con altri periodi.`,
  noiseTerm: 'Oltre il rumore statistico',
  noise:
    'Ogni cifra è confrontata con il periodo precedente e con lo stesso periodo di un anno prima. Il periodo precedente di un mese intero è il mese prima (ottobre con settembre), di più mesi interi altrettanti mesi prima; di ogni altro periodo, altrettanti giorni subito prima. Una differenza è «oltre il rumore statistico» quando un test la giudica difficile da ottenere per caso (p sotto 0,05): il test z su due proporzioni per i giudizi positivi, il test di Welch per l’indice. «Nel rumore» vuol dire che il caso basta a spiegarla. Anche tra due periodi identici un confronto su venti risulta «oltre il rumore»: è un segnale da guardare, non una prova.',
  charterTerm: 'Carta dei servizi',
  charter:
    'Lo standard è una quota minima di giudizi positivi. «Rispettato» quando anche l’estremo basso dell’intervallo lo raggiunge; «non rispettato» quando anche l’estremo alto resta sotto; «nel rumore» quando l’intervallo comprende lo standard e i dati non bastano a decidere (la quota dice da che parte pende). Se lo standard è cambiato nel periodo, ogni parte è giudicata con lo standard allora in vigore e conta la parte peggiore.',
  orderTermOffice: 'Ordine dei servizi',
  orderTermRanking: 'Classifiche',
  order: (office: boolean, min: string) =>
    `${office ? 'I servizi sono in ordine dal peggiore' : 'Uffici, amministrazioni e servizi sono in ordine dal migliore'} secondo una media bayesiana: la quota di positivi di ciascuno è avvicinata alla media del gruppo, tanto più quanto meno giudizi ha (pesa come ${min} giudizi alla media). Così tre giudizi fortunati non finiscono in cima. I campioni piccoli sono elencati dopo, in grigio e senza posizione. Nessuna cifra riguarda un singolo operatore o sportello.`,
  participationTerm: 'Partecipazione',
  participation:
    'I giudizi divisi per le persone servite, contando soltanto i giorni per cui il numero delle persone servite è stato inserito. Allo sportello contano anche i giudizi del totem nell’atrio e dei codici QR. Senza quei numeri la partecipazione non viene calcolata.',
  hoursTerm: 'Orari',
  hours:
    'Le ore sono quelle del fuso orario dell’ufficio. L’orario di apertura è quello in vigore oggi, anche per periodi passati; i giudizi fuori orario comprendono quelli dei giorni di chiusura. L’orario vale per i giudizi dati durante il servizio (terminali allo sportello, totem, e le chiamate registrate dall’operatore nel canale Telefono), non per quelli dal sito web del comune e dai codici QR, che si danno dal proprio cellulare o computer a qualunque ora: non sono né nella mappa né fuori orario, e contano in tutto il resto.',
  reasonsTerm: 'Motivazioni',
  reasons:
    'Ogni motivazione è una quota dei giudizi negativi. Un cittadino può indicarne più di una, quindi le quote possono superare insieme il 100%. «In crescita» confronta il primo e l’ultimo tratto del periodo, ciascuno con il suo numero di giudizi negativi: descrive i dati, non è un test statistico.',
  lateTerm: 'Dati arrivati in ritardo',
  late:
    'Un terminale rimasto senza rete consegna i giudizi anche giorni dopo: contano nel giorno in cui sono stati dati. I giudizi di un terminale con l’orologio sbagliato sono invece contati al momento dell’arrivo («ridatati»).',
};
