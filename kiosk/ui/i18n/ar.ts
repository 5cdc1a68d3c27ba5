// What a citizen reads on the terminal, in Arabic (shown right to left: see languages.ts).
import type { Words } from './it';

const ar: Words = {
  pickServiceTitle: 'ما الخدمة التي استخدمتها؟',
  pickServiceHint: 'المس الخدمة التي استخدمتها',
  rateTitle: 'كيف تقيّم الخدمة؟',
  changeService: 'تغيير الخدمة',
  faces: {
    ottimo: { label: 'ممتاز', accessibleName: 'تقييم: ممتاز' },
    positivo: { label: 'جيد', accessibleName: 'تقييم: جيد' },
    sufficiente: { label: 'مقبول', accessibleName: 'تقييم: مقبول' },
    negativo: { label: 'سيئ', accessibleName: 'تقييم: سيئ' },
    pessimo: { label: 'سيئ جدًا', accessibleName: 'تقييم: سيئ جدًا' },
  },
  reasonsTitle: 'ما الذي لم يكن جيدًا؟',
  reasonsHint: 'يمكنك اختيار أكثر من إجابة',
  send: 'إرسال',
  skip: 'تخطي',
  reasonKeyNext: 'الإجابة التالية',
  reasonKeyToggle: 'اختيار أو إلغاء',
  thanksTitle: 'شكرًا!',
  thanksBody: 'تم تسجيل تقييمك.',
  saveFailedTitle: 'تعذّر تسجيل تقييمك',
  saveFailedBody: 'نعتذر: يُرجى إبلاغ الموظفين عند الشباك.',
  languageButton: 'اللغة · Language',
  languageTitle: 'اختر اللغة',
  languageBack: 'رجوع',
  languageUnavailable: (language) => `${language}: غير متاحة حاليًا على هذا الجهاز.`,
};

export default ar;
