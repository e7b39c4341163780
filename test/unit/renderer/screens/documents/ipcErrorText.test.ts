import { describe, expect, it } from 'vitest';
import { IPC_ERROR_CODES } from '../../../../../shared/contract/ipcError';
import { ipcErrorLine, ipcErrorText } from '../../../../../renderer/screens/documents/ipcErrorText';

describe('what a failed call says', () => {
  it('a wrong login points to the user name and password in Settings → E-mail', () => {
    const text = ipcErrorText({
      code: 'SMTP_AUTH',
      message:
        'The mail server refused the user name or password. Check them in Settings → E-mail.',
    });
    expect(text.headline).toContain('check the user name and password in Settings → E-mail');
    expect(text.detail).toContain('refused the user name or password');
  });

  it('a refused recipient names the address', () => {
    const text = ipcErrorText({
      code: 'SMTP_RECIPIENT_REJECTED',
      message: 'The mail server refused the recipient x@y.example.',
      rejected: ['x@y.example'],
    });
    expect(text.headline).toContain('x@y.example');
  });

  it('every code has words of its own, and no placeholder is left unfilled', () => {
    for (const code of IPC_ERROR_CODES) {
      const line = ipcErrorLine({ code, message: 'Detail.' });
      expect(line, code).not.toMatch(/\{\w+\}/);
      expect(line.startsWith('Detail.'), code).toBe(false);
    }
  });

  it('a detail that only repeats the headline is not shown twice', () => {
    const { headline } = ipcErrorText({ code: 'CANCELLED', message: 'x' });
    expect(ipcErrorText({ code: 'CANCELLED', message: headline }).detail).toBeNull();
  });
});
