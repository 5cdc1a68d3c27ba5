// Italian texts of the «Consegne» page: what the collector sent or is still trying to send, and why it failed.
import type { Delivery } from '../../../server/contract/delivery';
import { MAX_DELIVERY_ATTEMPTS } from '../../../server/contract/delivery';

export const D = {
  intro: `E-mail e chiamate webhook di questa amministrazione. Un invio che non riesce viene ritentato con attese crescenti, fino a ${MAX_DELIVERY_ATTEMPTS} tentativi; dopo l'ultimo resta qui come non riuscito finché non lo si invia di nuovo.`,
  empty: 'Nessun invio per questa amministrazione: qui compariranno i rapporti via e-mail, gli avvisi e le prove dei webhook.',
  problems: (n: number) => (n === 1 ? '1 invio non riuscito o in attesa di nuovo tentativo.' : `${n} invii non riusciti o in attesa di nuovo tentativo.`),
  allGood: 'Nessun invio in difficoltà.',
  headers: ['Stato', 'Tipo', 'Destinatario', 'Contenuto', 'Tentativi', 'Ultimo errore', 'Prossimo tentativo', 'Azioni'],
  email: 'E-mail',
  webhook: 'Webhook',
  failed: 'Non riuscito',
  retrying: 'In attesa di nuovo tentativo',
  queued: 'In coda',
  sent: 'Inviato',
  sentAt: (when: string) => `inviato il ${when}`,
  failedAt: (when: string) => `abbandonato il ${when}`,
  noRetry: 'nessuno: invialo di nuovo',
  soon: 'a breve',
  retry: 'Invia di nuovo',
  reload: 'Aggiorna',
  createdAt: (when: string) => `creato il ${when}`,
};

export const SOURCE_LABELS: Readonly<Record<string, string>> = {
  subscription: 'Rapporto in abbonamento',
  alert: 'Avviso',
  'webhook-test': 'Prova del webhook',
};

export const sourceLabel = (d: Delivery) => SOURCE_LABELS[d.source] ?? d.source;

/**
 * The collector's error in plain Italian where its shape is known (server/delivery/send-webhook.ts,
 * deliver-outbox.ts); anything else is shown as the collector wrote it, never hidden.
 */
export function plainError(message: string | null): string {
  if (!message) return '—';
  const code = (s: string) => NETWORK_CODES[s.trim()] ?? s.trim();
  let m: RegExpMatchArray | null;
  if ((m = message.match(/^cannot reach (\S+): (.+)$/))) return `Impossibile raggiungere ${m[1]}: ${code(m[2]!)}.`;
  if ((m = message.match(/^no answer within (\d+) s from (\S+)$/))) return `Nessuna risposta da ${m[2]} entro ${m[1]} secondi.`;
  if ((m = message.match(/^(\S+) answered (\d{3}) \(a redirect\)/))) return `${m[1]} ha risposto ${m[2]} (un reindirizzamento): indicare nel webhook l'indirizzo finale.`;
  if ((m = message.match(/^(\S+) answered (\d{3})(?:: (.*))?$/))) return `${m[1]} ha risposto con errore ${m[2]}${m[3] ? `: «${m[3]}»` : ''}.`;
  if ((m = message.match(/^the mail server refused it: (.*)$/))) return `Il server di posta lo ha rifiutato: ${m[1]}`;
  if (message.startsWith('E-mail is off on this collector')) return "L'invio di e-mail è spento su questo collettore (SMTP_URL non impostato): impostare SMTP_URL e MAIL_FROM, riavviare, poi inviare di nuovo.";
  if (message === 'the webhook was deleted before this call could be made') return 'Il webhook è stato eliminato prima che la chiamata potesse partire.';
  const net = Object.keys(NETWORK_CODES).find((c) => message.includes(c));
  return net ? `${message} (${NETWORK_CODES[net]})` : message;
}

const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connessione rifiutata, nessun servizio in ascolto',
  ENOTFOUND: 'nome del server sconosciuto',
  EAI_AGAIN: 'nome del server non risolto per ora',
  ETIMEDOUT: 'tempo scaduto',
  ECONNRESET: 'connessione interrotta',
  EHOSTUNREACH: 'server irraggiungibile',
  ENETUNREACH: 'rete irraggiungibile',
  CERT_HAS_EXPIRED: 'certificato scaduto',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'certificato non riconosciuto',
};
