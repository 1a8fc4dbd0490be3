import { hashKey, queryOptions } from '@tanstack/react-query';
import { fetchSession } from './session.api';

const options = queryOptions({ queryKey: ['session'] as const, queryFn: fetchSession, staleTime: 60_000, retry: false });

/** The signed-in person (null: nobody): one query, asked by the early reads at start and by `useSession`. */
export const SESSION_QUERY = { options, hash: hashKey(options.queryKey) };
