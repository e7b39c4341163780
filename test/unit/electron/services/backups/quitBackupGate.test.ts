import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitBackupGate } from '../../../../../electron/services/backups/quitBackupGate';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function gate(answer = true) {
  const asked: number[] = [];
  const quit = createQuitBackupGate({
    timeoutMs: 30_000,
    ask: () => {
      asked.push(1);
      return answer;
    },
  });
  let released = false;
  const wait = () =>
    void quit.wait().then(() => {
      released = true;
    });
  return { quit, asked, wait, released: () => released };
}

describe('the automatic backup at quit', () => {
  it('holds the quit until the quit backup is written, asking the renderer once', async () => {
    const { quit, asked, wait, released } = gate();
    expect(quit.passed()).toBe(false);
    wait();
    wait();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(released()).toBe(false);
    quit.settled('daily');
    await vi.advanceTimersByTimeAsync(0);
    expect(released()).toBe(false);
    quit.settled('quit');
    await vi.advanceTimersByTimeAsync(0);
    expect(released()).toBe(true);
    expect(quit.passed()).toBe(true);
    expect(asked).toHaveLength(1);
  });

  it('lets the quit go on after the timeout when the renderer never answers', async () => {
    const { quit, wait, released } = gate();
    wait();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(released()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(released()).toBe(true);
    expect(quit.passed()).toBe(true);
  });

  it('does not wait when there is no window to ask', async () => {
    const { wait, released } = gate(false);
    wait();
    await vi.advanceTimersByTimeAsync(0);
    expect(released()).toBe(true);
  });
});
