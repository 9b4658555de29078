import type { TChannel } from '../offer.ts';
import type { TChannelProfile } from './schema.ts';
import {
  GARBLED_CHARS, NUMERAL_IDIOMS, PROHIBITED, PROMOTION, SHORTENERS, STATUTORY_ABSOLUTE, SUPERLATIVE_EXCEPTIONS,
  SUPERLATIVES, UNLIMITED,
} from './words-cn.ts';

/** Opt-out instructions: "拒收请回复R", "退订回T", "回复TD退订", "Reply STOP to opt out". */
const CN_OPT_OUT = [
  '(?:拒收|退订|取消订阅|不再接收)[^，。！？；,!?;\\s]{0,4}?回复?\\s*[“"\'‘]?[A-Za-z0-9]{1,6}[”"\'’]?',
  '回复?\\s*[“"\'‘]?[A-Za-z0-9]{1,6}[”"\'’]?\\s*(?:拒收|退订|取消订阅)',
  '(?:退订|拒收)[^，。！？；,!?;]{0,8}?(?:拨打|致电|发送|编辑)[^，。！？；,!?;]{0,8}?\\d{3,6}',
];
const INTL_OPT_OUT = [
  '(?:reply|text|txt|send)\\s+[A-Za-z]{2,10}(?:\\s+to\\s+\\d{3,8})?\\s+to\\s+(?:opt[\\s-]?out|unsubscribe|stop|end|cancel)',
  '(?:opt[\\s-]?out|unsubscribe)\\s*:?\\s*(?:reply|text|txt|send)\\s+[A-Za-z]{2,10}',
];

const cnWords = {
  statutoryAbsolute: STATUTORY_ABSOLUTE, superlatives: SUPERLATIVES, superlativeExceptions: SUPERLATIVE_EXCEPTIONS,
  unlimited: UNLIMITED, prohibited: PROHIBITED, shorteners: SHORTENERS, promotion: PROMOTION,
  numeralIdioms: NUMERAL_IDIOMS, garbledChars: GARBLED_CHARS,
};

const cnBase = {
  encoding: 'cn', maxLength: 500, defaultMaxSegments: 2,
  defaultWindow: { start: '08:00', end: '20:00', tz: 'Asia/Shanghai' },
  signatureBrackets: [['【', '】']],
  optOut: { requiredWording: '拒收请回复R', patterns: [...CN_OPT_OUT, ...INTL_OPT_OUT] },
} as const satisfies Partial<TChannelProfile>;

/** The channel profiles shipped with this rule set. Ops publish edits as new versions (see README). */
export const DEFAULT_PROFILES: Record<TChannel, TChannelProfile> = {
  cn_sms_marketing: {
    id: 'cn_sms_marketing', version: '2026.1', strict: true, ...cnBase,
    signatureBrackets: [['【', '】']], optOut: { ...cnBase.optOut, patterns: [...cnBase.optOut.patterns] },
    defaultWindow: { ...cnBase.defaultWindow }, words: cnWords,
  },
  cn_sms_notification: {
    id: 'cn_sms_notification', version: '2026.1', strict: false, ...cnBase, defaultMaxSegments: 1,
    signatureBrackets: [['【', '】']], optOut: { ...cnBase.optOut, patterns: [...cnBase.optOut.patterns] },
    defaultWindow: { start: '08:00', end: '22:00', tz: 'Asia/Shanghai' }, words: cnWords,
  },
  intl_sms: {
    id: 'intl_sms', version: '2026.1', strict: false, encoding: 'gsm', maxLength: 500, defaultMaxSegments: 2,
    defaultWindow: { start: '09:00', end: '20:00', tz: 'UTC' },
    signatureBrackets: [['【', '】'], ['[', ']']],
    optOut: { requiredWording: 'Reply STOP to opt out', patterns: [...INTL_OPT_OUT, ...CN_OPT_OUT] },
    words: {
      ...cnWords,
      statutoryAbsolute: [...STATUTORY_ABSOLUTE, 'world-class', 'best in the world', 'number one'],
      superlatives: [...SUPERLATIVES, 'cheapest', 'fastest', 'lowest price', 'best ever', 'only network'],
      unlimited: [...UNLIMITED, 'unlimited'],
      promotion: [...PROMOTION, 'discount', 'offer', 'free', 'bonus', 'promo'],
    },
  },
};

export function profileFor(channel: TChannel): TChannelProfile {
  return DEFAULT_PROFILES[channel];
}
