import { describe, expect, it } from 'vitest';
import { createPrintService } from '../../../electron/services/print/printService';
import { answer, scripted, useTempDir } from './scriptedCups';

const tmp = useTempDir();

describe('following a job', () => {
  function jobs(pending: string, completed: string) {
    return scripted((_file, args) => answer(args[0] === '-W' ? completed : pending));
  }

  it('tells a pending job from a finished one with a similar number', async () => {
    const { run, calls } = jobs(
      'Office_Laser-12  anna  1024  Mon 01 Jan 2026\n',
      'Office_Laser-1  anna  1024  Mon 01 Jan 2026\n',
    );
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    expect(await service.jobStatus('Office_Laser-1')).toEqual({
      ok: true,
      value: { state: 'completed' },
    });
    expect(await service.jobStatus('Office_Laser-12')).toEqual({
      ok: true,
      value: { state: 'pending' },
    });
    expect(await service.jobStatus('Office_Laser-2')).toEqual({
      ok: true,
      value: { state: 'unknown' },
    });
    expect(calls[0]?.args).toEqual(['-o', 'Office_Laser']);
    expect(calls[1]?.args).toEqual(['-W', 'completed', '-o', 'Office_Laser']);
  });

  it('waits until the job has left the queue', async () => {
    let asked = 0;
    const { run } = scripted((_file, args) => {
      if (args[0] === '-o') asked += 1;
      const done = asked >= 3;
      if (args[0] === '-W') return answer(done ? 'Old-Inkjet-5 anna 1 x\n' : '');
      return answer(done ? '' : 'Old-Inkjet-5 anna 1 x\n');
    });
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp(), pollMs: 5 });

    expect(await service.waitForJob('Old-Inkjet-5', 5000)).toEqual({
      ok: true,
      value: { state: 'completed' },
    });
    expect(asked).toBe(3);
  });

  it.each([
    ['-5'],
    ['Office_Laser'],
    ['Office Laser-5'],
    ['Office_Laser-5; rm -rf /'],
    ['\u0001-5'],
  ])('refuses the job id %j with INVALID_REQUEST', async (jobId) => {
    const { run, calls } = jobs('', '');
    const service = createPrintService({ platform: 'linux', run, tmpDir: tmp() });

    const result = await service.jobStatus(jobId);

    expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_REQUEST');
    expect(calls).toEqual([]);
  });

  it('refuses to wait a negative or endless time', async () => {
    const service = createPrintService({ platform: 'linux', run: jobs('', '').run, tmpDir: tmp() });

    for (const timeout of [-1, Number.POSITIVE_INFINITY, Number.NaN, 3_600_000]) {
      const result = await service.waitForJob('Office_Laser-1', timeout);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_REQUEST');
    }
  });
});
