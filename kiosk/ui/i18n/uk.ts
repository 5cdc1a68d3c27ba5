// What a citizen reads on the terminal, in Ukrainian.
import type { Words } from './it';

const uk: Words = {
  pickServiceTitle: 'Якою послугою ви скористалися?',
  pickServiceHint: 'Торкніться послуги, якою скористалися',
  rateTitle: 'Як ви оцінюєте послугу?',
  changeService: 'Змінити послугу',
  faces: {
    ottimo: { label: 'Відмінно', accessibleName: 'Оцінка: відмінно' },
    positivo: { label: 'Добре', accessibleName: 'Оцінка: добре' },
    sufficiente: { label: 'Задовільно', accessibleName: 'Оцінка: задовільно' },
    negativo: { label: 'Погано', accessibleName: 'Оцінка: погано' },
    pessimo: { label: 'Дуже погано', accessibleName: 'Оцінка: дуже погано' },
  },
  reasonsTitle: 'Що було не так?',
  reasonsHint: 'Можна вибрати кілька відповідей',
  send: 'Надіслати',
  skip: 'Пропустити',
  reasonKeyNext: 'Наступна відповідь',
  reasonKeyToggle: 'Вибрати або зняти',
  thanksTitle: 'Дякуємо!',
  thanksBody: 'Вашу оцінку збережено.',
  saveFailedTitle: 'Не вдалося зберегти вашу оцінку',
  saveFailedBody: 'Перепрошуємо: повідомте працівника біля віконця.',
  languageButton: 'Мова · Language',
  languageTitle: 'Виберіть мову',
  languageBack: 'Назад',
  languageUnavailable: (language) => `${language}: зараз недоступна на цьому терміналі.`,
};

export default uk;
