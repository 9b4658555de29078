import { memo } from 'react';
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { KIND_DESCRIPTORS } from '../../model/kinds.ts';

export const KindIcon = memo(function KindIcon({ kind, size = 16 }: { kind: TNodeKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={KIND_DESCRIPTORS[kind].icon} />
    </svg>
  );
});
