// The mobile page a QR code opens, in Albanian.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'Vlerësoni shërbimin',
  question: 'Si shkoi?',
  loading: 'Një moment…',
  touchAFace: 'Prekni fytyrën që përshkruan më mirë shërbimin që morët.',
  faces: { positivo: 'Mirë', sufficiente: 'Mjaftueshëm', negativo: 'Keq' },
  sending: 'Po dërgohet…',
  thanksTitle: 'Faleminderit!',
  thanksBody: 'Vlerësimi juaj u regjistrua.',
  note: 'Vlerësimi është anonim: nuk kërkojmë dhe nuk ruajmë të dhëna personale. Çdo kod vlen për një vlerësim të vetëm.',
  missingCode: 'Mungon kodi: skanoni sërish kodin QR që morët në sportel.',
  codeUsed: 'Ky kod është përdorur tashmë: çdo kod vlen për një vlerësim të vetëm. Faleminderit gjithsesi!',
  codeExpired: 'Ky kod ka skaduar: kërkoni një kod të ri në sportel.',
  codeWithdrawn: 'Ky kod nuk është më i vlefshëm: zyra i ka tërhequr këto kode. Nëse doni të jepni një vlerësim, kërkoni një kod të ri në sportel.',
  rateLimited: 'Shumë kërkesa nga kjo lidhje: provoni sërish pas disa minutash.',
  codeInvalid: 'Ky kod nuk është i vlefshëm: skanoni sërish të gjithë kodin QR.',
  notSent: 'Vlerësimi nuk u dërgua: provoni sërish pas pak.',
  languages: 'Gjuha · Language',
};

export default words;
