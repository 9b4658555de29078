/** Runs newest first, a page at a time (the API pages by start time with `before`). */
import { useInfiniteQuery } from '@tanstack/react-query';
import { trpc, trpcClient, type RouterInputs } from '../lib/trpc.ts';

type TFilters = Omit<NonNullable<RouterInputs['runs']['list']>, 'before' | 'limit'>;

export function useRuns(filters: TFilters) {
  return useInfiniteQuery({
    queryKey: [...trpc.runs.list.queryKey(), filters],
    queryFn: ({ pageParam }) => trpcClient.runs.list.query({ ...filters, limit: 50, ...(pageParam ? { before: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
    // Fresh status while runs move; only the first page is polled cheaply enough to matter.
    refetchInterval: 5_000,
  });
}
