import { describe, expect, test } from 'vitest';
import { matchMessages, messageTemplates } from '../../../src/lib/match-message.ts';

const templates = messageTemplates({
  groove: [
    ['MSA_SCOPE_REQUIRES_USER_CONSENT', "User hasn't accepted the necessary Microsoft account scopes. Force the user to sign-in again."],
    ['DISCOVERY_NO_RESULT', 'No result from Discovery (New Releases and Spotlight)'],
    [
      'DISCOVERY_INVALID_GENRE',
      'No result from Discovery (New Releases and Spotlight), you might want to check if genre is valid for the country.',
    ],
  ],
  'sonos-control': [['ERROR_NOT_CAPABLE', 'An ERROR_NOT_CAPABLE indicates that the targeted speaker does not support the command.']],
});

describe('matchMessages', () => {
  test('a contraction matches the full words of the message', () => {
    const [best] = matchMessages("the targeted speaker doesn't support the command", templates);
    expect(best?.code).toBe('ERROR_NOT_CAPABLE');
  });

  test('the first sentence of a longer message, quoted alone, finds its code', () => {
    const [best] = matchMessages("User hasn't accepted the necessary Microsoft account scopes", templates);
    expect(best?.code).toBe('MSA_SCOPE_REQUIRES_USER_CONSENT');
  });

  test('a whole message quoted word for word outranks a longer message that only begins with it', () => {
    const [best, second] = matchMessages('No result from Discovery (New Releases and Spotlight)', templates);
    expect(best).toMatchObject({ code: 'DISCOVERY_NO_RESULT', score: 1 });
    expect(second?.code).toBe('DISCOVERY_INVALID_GENRE');
    expect(second!.score).toBeLessThan(1);
  });
});
