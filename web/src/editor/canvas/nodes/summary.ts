/** The one-line summary under a node's label, so a diagram reads without opening the inspector. */
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { getIn, str, strList, type TJsonObject } from '../../model/json.ts';

type T = (key: string, opts?: Record<string, unknown>) => string;

export function summarize(kind: TNodeKind, c: TJsonObject, t: T): string {
  switch (kind) {
    case 'start':
      return t('editor.summary.start');
    case 'end':
      return str(c['outcome']) ?? '';
    case 'task':
      return str(c['activity']) ?? '';
    case 'decision':
      return t('editor.summary.decision');
    case 'parallel':
      return t('editor.summary.parallel');
    case 'join': {
      const mode = c['mode'];
      const atLeast = getIn(mode, ['atLeast']);
      return typeof atLeast === 'number' ? t('editor.summary.joinAtLeast', { n: atLeast }) : str(mode) ?? 'all';
    }
    case 'review': {
      const who = [...strList(getIn(c, ['assignees', 'groups'])), ...strList(getIn(c, ['assignees', 'users']))];
      const due = str(getIn(c, ['sla', 'due']));
      return [who.join(', '), due ? t('editor.summary.due', { d: due }) : ''].filter(Boolean).join(' · ');
    }
    case 'validate':
      return str(c['channel']) ?? '';
    case 'wait':
      return str(c['duration']) ?? (str(c['until']) ? t('editor.summary.until') : '');
    case 'event': {
      const timeout = str(c['timeout']);
      return [str(c['event']) ?? '', timeout ? t('editor.summary.timeout', { d: timeout }) : ''].filter(Boolean).join(' · ');
    }
    case 'subflow':
      return str(c['flow']) ?? '';
    case 'set':
      return Object.keys(getIn(c, ['assign']) ?? {}).join(', ');
    case 'notify':
      return str(c['channel']) ?? '';
    case 'batch':
      return str(getIn(c, ['each', 'activity'])) ?? '';
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}
