/**
 * The API's rate limits in the benches: the limiter runs on every request (its cost is measured) but at a
 * million a minute it never refuses what one bench client sends from one address under one token. The
 * defaults (1,200 a minute per person, 3,000 per address) would refuse a bench within a second.
 */
export const BENCH_RATE_LIMITS = { rateLimitPerPrincipal: 1_000_000, rateLimitPerAddress: 1_000_000 } as const;
