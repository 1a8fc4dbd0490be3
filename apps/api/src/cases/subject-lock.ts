import { ConflictException } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { problem } from '../http/problem-details.filter';

/**
 * Serialises the proposals for one person across every API instance with a PostgreSQL session advisory
 * lock, so that two proposals citing the same finding cannot both pass the "disciplined once" check: the
 * second reads the citations only after the first has been appended. The lock is tried, not waited for,
 * and the connection is given back between tries, so waiting proposals do not hold the pool the holder
 * needs to append. With a pool of one connection there is nothing to spare and no lock is taken.
 */
export async function withSubjectLock<T>(pool: Pool, personId: string, work: () => Promise<T>, attempts = 100): Promise<T> {
  if ((pool.options.max ?? 10) < 2) return work();
  const key = `disciplinary_case_subject:${personId}`;
  for (let attempt = 0; ; attempt++) {
    const client: PoolClient = await pool.connect();
    let locked = false;
    let broken = false;
    try {
      const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [key]);
      locked = result.rows[0]?.locked === true;
      if (locked) return await work();
    } finally {
      if (locked) await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => (broken = true));
      // A connection whose unlock failed is destroyed: closing the session drops the lock.
      client.release(broken);
    }
    if (attempt >= attempts) {
      throw new ConflictException(problem('concurrency-conflict', 'Concurrent modification', 409, 'Đang có một đề nghị kỷ luật khác đối với người này được ghi nhận; vui lòng thử lại.', { personId }));
    }
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  }
}
