// The mobile page a QR code opens, in Simplified Chinese.
import type { MobileWords } from './it';

const words: MobileWords = {
  title: '评价服务',
  question: '您觉得怎么样？',
  loading: '请稍候…',
  touchAFace: '请点击最能描述您所获服务的表情。',
  faces: { positivo: '满意', sufficiente: '一般', negativo: '不满意' },
  sending: '正在发送…',
  thanksTitle: '谢谢！',
  thanksBody: '您的评价已记录。',
  note: '评价是匿名的：我们不询问也不保存任何个人数据。每个二维码只能评价一次。',
  missingCode: '缺少代码：请重新扫描窗口给您的二维码。',
  codeUsed: '此二维码已使用过：每个二维码只能评价一次。仍然感谢您！',
  codeExpired: '此二维码已过期：请在窗口索取新的二维码。',
  codeWithdrawn: '此二维码已失效：该办公室已收回这些二维码。如需评价，请在窗口索取新的二维码。',
  rateLimited: '此连接的请求过多：请几分钟后再试。',
  codeInvalid: '此二维码无效：请重新完整扫描二维码。',
  notSent: '评价未能发送：请稍后再试。',
  languages: '语言 · Language',
};

export default words;
