import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { AlreadyRunningError, InstanceLock } from './instance-lock';

describe('InstanceLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('records the holder PID and frees the lock on release', () => {
    const lock = InstanceLock.acquire(dir);
    expect(readFileSync(join(dir, 'service.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    InstanceLock.acquire(dir).release();
  });

  it('refuses a second holder while the first process lives, naming its PID', () => {
    const lock = InstanceLock.acquire(dir);
    try {
      expect(() => InstanceLock.acquire(dir)).toThrow(AlreadyRunningError);
      expect(() => InstanceLock.acquire(dir)).toThrow(new RegExp(`PID ${process.pid}`));
    } finally {
      lock.release();
    }
  });

  it('takes over a lock left by a process that no longer exists', () => {
    writeFileSync(join(dir, 'service.lock'), '2147483646\n');
    const lock = InstanceLock.acquire(dir);
    expect(readFileSync(join(dir, 'service.lock'), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });
});
