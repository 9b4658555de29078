/**
 * `complaint.classify`: category and severity from the complaint text by keyword rules (Chinese and English).
 * A real deployment swaps in its classifier behind the same input/output; the flow does not change.
 */
import { z } from 'zod';
import { defineActivity } from '../../sdk/define-activity.ts';

const CATEGORY_WORDS = {
  billing: ['账单', '扣费', '收费', '费用', '欠费', '退款', '话费', 'bill', 'charge', 'refund', 'fee'],
  network: ['网速', '断网', '信号', '掉线', '宽带', '网络', 'slow', 'outage', 'signal', 'network', 'disconnect'],
  service: ['态度', '客服', '服务', '等待', '上门', 'rude', 'service', 'waited', 'technician', 'staff'],
} as const;
const URGENT_WORDS = ['工信部', '媒体', '律师', '起诉', '紧急', '再不', '第三次', 'urgent', 'lawyer', 'regulator', 'immediately'];

export const classifyComplaint = defineActivity({
  type: 'complaint.classify',
  title: '投诉分类 Classify complaint',
  description: 'Category (billing/network/service/other) and severity (urgent/normal) from the complaint text.',
  category: 'complaint',
  input: z.object({ text: z.string().min(1), channel: z.enum(['store', 'app', 'hotline', 'sms', 'web']) }).strict(),
  output: z.object({ category: z.enum(['billing', 'network', 'service', 'other']), severity: z.enum(['urgent', 'normal']) }).strict(),
  async run({ text }) {
    const lower = text.toLowerCase();
    const hits = (words: readonly string[]) => words.filter((w) => lower.includes(w)).length;
    const scored = (['billing', 'network', 'service'] as const)
      .map((category) => ({ category, score: hits(CATEGORY_WORDS[category]) }))
      .sort((a, b) => b.score - a.score);
    const best = scored[0];
    const category: 'billing' | 'network' | 'service' | 'other' = best && best.score > 0 ? best.category : 'other';
    return { category, severity: hits(URGENT_WORDS) > 0 ? ('urgent' as const) : ('normal' as const) };
  },
});
