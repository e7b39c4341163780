import { describe, expect, it } from 'vitest';
import { illegalTransition } from '../../../../shared/documents/transitionError';

describe('illegal transition errors', () => {
  it('are failed results carrying the state, the action and the sentence', () => {
    expect(illegalTransition('paid', 'edit', 'A posted invoice cannot be changed.')).toEqual({
      ok: false,
      error: {
        code: 'ILLEGAL_TRANSITION',
        from: 'paid',
        action: 'edit',
        message: 'A posted invoice cannot be changed.',
      },
    });
  });
});
