// The mobile page a QR code opens, in Arabic.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: 'قيّم الخدمة',
  question: 'كيف كانت تجربتك؟',
  loading: 'لحظة من فضلك…',
  touchAFace: 'المس الوجه الذي يصف الخدمة التي تلقيتها على أفضل وجه.',
  faces: { positivo: 'جيد', sufficiente: 'مقبول', negativo: 'سيئ' },
  sending: 'جارٍ الإرسال…',
  thanksTitle: 'شكرًا!',
  thanksBody: 'تم تسجيل تقييمك.',
  note: 'التقييم مجهول الهوية: لا نطلب أي بيانات شخصية ولا نحتفظ بها. كل رمز صالح لتقييم واحد فقط.',
  missingCode: 'الرمز مفقود: امسح مرة أخرى رمز QR الذي أُعطي لك عند الشباك.',
  codeUsed: 'تم استخدام هذا الرمز من قبل: كل رمز صالح لتقييم واحد فقط. شكرًا على أي حال!',
  codeExpired: 'انتهت صلاحية هذا الرمز: اطلب رمزًا جديدًا عند الشباك.',
  codeWithdrawn: 'لم يعد هذا الرمز صالحًا: سحب المكتب هذه الرموز. إذا أردت تقييم الخدمة، فاطلب رمزًا جديدًا عند الشباك.',
  rateLimited: 'طلبات كثيرة جدًا من هذا الاتصال: حاول مرة أخرى بعد بضع دقائق.',
  codeInvalid: 'هذا الرمز غير صالح: امسح رمز QR كاملًا مرة أخرى.',
  notSent: 'لم يُرسَل التقييم: حاول مرة أخرى بعد قليل.',
  languages: 'اللغة · Language',
};

export default words;
