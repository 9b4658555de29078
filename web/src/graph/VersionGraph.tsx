import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { trpc } from '../lib/trpc.ts';
import { ErrorBox, Loading } from '../ui/states.tsx';

const FlowGraph = lazy(() => import('./FlowGraph.tsx'));

/** The graph of the exact version a run is pinned to (versions never change, so it is cached for good). */
export function VersionGraph({ flowKey, version, position, visited, height }: {
  flowKey: string; version: number; position: string[]; visited?: string[]; height?: number;
}) {
  const q = useQuery({ ...trpc.flows.getVersion.queryOptions({ key: flowKey, version }), staleTime: Infinity });
  if (q.isLoading) return <Loading rows={3} />;
  if (q.error) return <ErrorBox error={q.error} />;
  return (
    <Suspense fallback={<Loading rows={3} />}>
      <FlowGraph document={q.data?.document} position={position} visited={visited} height={height} />
    </Suspense>
  );
}

/** Node labels of a version, for timelines and positions. */
export function useVersionDocument(flowKey: string | undefined, version: number | undefined) {
  return useQuery({
    ...trpc.flows.getVersion.queryOptions({ key: flowKey ?? '', version: version ?? 1 }),
    enabled: !!flowKey && !!version,
    staleTime: Infinity,
    select: (v) => v.document,
  });
}
