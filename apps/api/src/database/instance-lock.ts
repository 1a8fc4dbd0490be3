import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class AlreadyRunningError extends Error {}

/**
 * One service per data directory. A second `npm start` must fail with a clear message instead of
 * touching a data directory that a running PostgreSQL owns. A lock left by a crashed process is taken over.
 */
export class InstanceLock {
  private constructor(private readonly path: string) {}

  static acquire(dataDir: string): InstanceLock {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, 'service.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(path, 'wx');
        writeSync(fd, `${process.pid}\n`);
        closeSync(fd);
        return new InstanceLock(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = Number(readFileSync(path, 'utf8').trim());
        if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
          throw new AlreadyRunningError(
            `Another instance of the service (PID ${holder}) is already using ${dataDir}. ` +
              `Stop it first (Ctrl+C in its terminal, or kill ${holder}), or set DATA_DIR to another folder. ` +
              `/ Một phiên bản khác của dịch vụ (PID ${holder}) đang dùng thư mục dữ liệu này.`,
          );
        }
        rmSync(path, { force: true });
      }
    }
    throw new AlreadyRunningError(`Could not take the lock ${path}`);
  }

  release(): void {
    rmSync(this.path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
