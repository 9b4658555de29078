/** The config form of each node kind; the switch is exhaustive so a new kind cannot ship without a form. */
import type { TNodeKind } from '@switchboard/flows/plan/types';
import { DecisionForm } from './decision.tsx';
import { EndForm, EventForm, JoinForm, NotifyForm, SetForm, SubflowForm, ValidateForm, WaitForm } from './simple.tsx';
import { ReviewForm } from './review.tsx';
import { BatchForm, TaskForm } from './task.tsx';

export function KindForm({ kind }: { kind: TNodeKind }) {
  switch (kind) {
    case 'start':
    case 'parallel':
      return null;
    case 'end': return <EndForm />;
    case 'task': return <TaskForm />;
    case 'decision': return <DecisionForm />;
    case 'join': return <JoinForm />;
    case 'review': return <ReviewForm />;
    case 'validate': return <ValidateForm />;
    case 'wait': return <WaitForm />;
    case 'event': return <EventForm />;
    case 'subflow': return <SubflowForm />;
    case 'set': return <SetForm />;
    case 'notify': return <NotifyForm />;
    case 'batch': return <BatchForm />;
    default: {
      const unknownKind: never = kind;
      return unknownKind;
    }
  }
}
