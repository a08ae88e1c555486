import { describe, expect, it } from '@jest/globals';
import { describeFunctionError } from '@/lib/functions/call';

/** The shape the Functions SDK rejects with: a FirebaseError with a `functions/` code. */
function functionsError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'FirebaseError', code: `functions/${code}` });
}

describe('describeFunctionError', () => {
  it("keeps the server's own sentence for codes our functions word for the candidate", () => {
    expect(
      describeFunctionError(
        functionsError('resource-exhausted', 'You have started 20 interviews today. [429]'),
      ),
    ).toBe('You have started 20 interviews today.');
  });
  it('replaces an empty or technical message with a plain one', () => {
    expect(describeFunctionError(functionsError('resource-exhausted', 'resource-exhausted'))).toBe(
      'You have reached the limit for now. Try again later.',
    );
    expect(describeFunctionError(functionsError('internal', 'Stack trace at line 3'))).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });
});
