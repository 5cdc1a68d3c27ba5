// The mobile page a QR code opens, in Slovenian.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Ocenite storitev',
  question: 'Kako je bilo?',
  loading: 'Trenutek …',
  touchAFace: 'Dotaknite se obraza, ki najbolje opisuje storitev, ki ste jo prejeli.',
  faces: { positivo: 'Dobro', sufficiente: 'Zadostno', negativo: 'Slabo' },
  sending: 'Pošiljanje …',
  thanksTitle: 'Hvala!',
  thanksBody: 'Vaša ocena je zabeležena.',
  note: 'Ocena je anonimna: osebnih podatkov ne zahtevamo in jih ne hranimo. Vsaka koda velja za eno samo oceno.',
  missingCode: 'Koda manjka: ponovno skenirajte kodo QR, ki ste jo dobili na okencu.',
  codeUsed: 'Ta koda je že bila uporabljena: vsaka koda velja za eno samo oceno. Vseeno hvala!',
  codeExpired: 'Ta koda je potekla: na okencu prosite za novo kodo.',
  codeWithdrawn: 'Ta koda ne velja več: urad je te kode umaknil. Če želite oceniti storitev, na okencu prosite za novo kodo.',
  rateLimited: 'Preveč zahtev s te povezave: poskusite znova čez nekaj minut.',
  codeInvalid: 'Ta koda ni veljavna: ponovno skenirajte celotno kodo QR.',
  notSent: 'Ocena ni bila poslana: poskusite znova čez trenutek.',
  languages: 'Jezik · Language',
};

export default words;
