import { describe, expect, test } from 'vitest';
import { SLICE_MS, SliceClock } from '../../../extension/content/slices';

/** A clock the test moves by hand, and a count of the yields to the page. */
function clockAt(start: number) {
  const time = { now: start, yields: 0 };
  const clock = new SliceClock(
    () => time.now,
    async () => {
      time.yields++;
    },
  );
  return { time, clock };
}

describe('SliceClock', () => {
  test('short steps share one task: no yield before a slice is used', async () => {
    const { time, clock } = clockAt(100);
    time.now += SLICE_MS / 2;
    await clock.breathe();
    time.now += SLICE_MS / 4;
    await clock.breathe();
    expect(time.yields).toBe(0);
  });

  test('a step that used up the slice gives the page its turn, and the next slice starts after it', async () => {
    const { time, clock } = clockAt(0);
    time.now += SLICE_MS + 1;
    await clock.breathe();
    expect(time.yields).toBe(1);
    time.now += SLICE_MS - 1; // within the new slice
    await clock.breathe();
    expect(time.yields).toBe(1);
    time.now += 1;
    await clock.breathe();
    expect(time.yields).toBe(2);
  });
});
