/** Edge components at module scope; `default` is replaced so every edge, loaded or drawn, gets the same look. */
import type { EdgeTypes } from '@xyflow/react';
import PortEdge from './PortEdge.tsx';

export const edgeTypes: EdgeTypes = { default: PortEdge };
