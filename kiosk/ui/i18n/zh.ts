// What a citizen reads on the terminal, in Simplified Chinese.
import type { Words } from './it';

const zh: Words = {
  pickServiceTitle: '您办理的是哪项服务？',
  pickServiceHint: '请点击您办理的服务',
  rateTitle: '您对服务满意吗？',
  changeService: '更换服务',
  faces: {
    ottimo: { label: '非常满意', accessibleName: '评价：非常满意' },
    positivo: { label: '满意', accessibleName: '评价：满意' },
    sufficiente: { label: '一般', accessibleName: '评价：一般' },
    negativo: { label: '不满意', accessibleName: '评价：不满意' },
    pessimo: { label: '非常不满意', accessibleName: '评价：非常不满意' },
  },
  reasonsTitle: '哪里不满意？',
  reasonsHint: '可多选',
  send: '提交',
  skip: '跳过',
  reasonKeyNext: '下一个答案',
  reasonKeyToggle: '选择或取消',
  thanksTitle: '谢谢！',
  thanksBody: '您的评价已记录。',
  saveFailedTitle: '您的评价未能记录',
  saveFailedBody: '非常抱歉：请告知窗口工作人员。',
  languageButton: '语言 · Language',
  languageTitle: '选择语言',
  languageBack: '返回',
  languageUnavailable: (language) => `此终端暂时无法使用${language}。`,
};

export default zh;
