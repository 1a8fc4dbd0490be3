import { QueryClient } from '@tanstack/react-query';
import { isProblem } from '../api/problem';

/** The console's one query cache (the early reads fill it before React starts; the app reads from it). */
export const queryClient = new QueryClient({
  defaultOptions: {
    // A refusal (4xx) will not change by asking again; a lost connection or a 5xx may.
    queries: { retry: (failures, error) => !isProblem(error) || (error.status >= 500 && failures < 2), refetchOnWindowFocus: false },
  },
});
