import { describe, expect, it } from 'vitest';
import { one } from './helpers';

// "the group", "the firm": a body the story has introduced, speaking for itself (named).
describe('a definite body speaking', () => {
  it.each([
    ['The group said on Twitter that the contract had confused 300 workers.', 'named'],
    ['In a separate post, the charity added that 40 volunteers had quit.', 'named'],
    ['The watchdog announced on Monday that it would fine 12 stores.', 'named'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });

  it.each([
    // Not speech, or not a body.
    ['The group met in Lisbon on Monday.', 'unsourced'],
    ['The weather said little about the harvest in 2023.', 'unsourced'],
  ])('%s → %s', (text, expected) => {
    expect(one(text).label).toBe(expected);
  });
});
