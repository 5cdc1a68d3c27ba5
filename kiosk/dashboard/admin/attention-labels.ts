// Italian texts of the terminals that need looking at across an administration (terminals page).
import type { AttentionReason } from '../../../server/contract/terminal-attention';
import { LOW_FREE_PCT } from '../../../server/contract/terminal-attention';
import { SILENT_AFTER_MINUTES } from '../../../server/contract/silent-terminal';

export const T_ATTENTION = {
  title: 'Terminali da controllare in tutta l’amministrazione',
  intro: `I terminali abbinati, di ogni ufficio, che non danno segni di vita da ${SILENT_AFTER_MINUTES} minuti, trattengono giudizi, hanno poco spazio o l’orologio sbagliato; il più urgente in cima. Si aggiorna ogni minuto.`,
  none: 'Nessuno: ogni terminale abbinato ha dato segni di vita e non ha problemi.',
  count: (n: number) => (n === 1 ? '1 terminale da controllare.' : `${n.toLocaleString('it-IT')} terminali da controllare.`),
  headers: ['Ufficio', 'Terminale', 'Che cosa non va', 'Azioni'],
  open: 'Apri l’ufficio',
  openLabel: (office: string) => `Apri i terminali di ${office}`,
  reason: {
    silent: 'silenzioso',
    never: 'mai sentito dopo l’abbinamento',
    held: 'giudizi trattenuti',
    'storage-low': `spazio sotto il ${LOW_FREE_PCT}%`,
    'not-persisted': 'spazio non persistente',
    clock: 'orologio sbagliato',
  } satisfies Record<AttentionReason, string>,
};
