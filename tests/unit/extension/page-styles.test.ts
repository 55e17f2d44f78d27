import { beforeEach, describe, expect, test, vi } from 'vitest';

// The requests the page script sends the background, each answered when the test says so.
const sent: { needed: boolean; answer: (ok: boolean) => void }[] = [];
vi.mock('../../../extension/lib/messages', () => ({
  sendToBackground: (_type: string, request: { needed: boolean }) =>
    new Promise<{ ok: boolean }>((resolve) => sent.push({ needed: request.needed, answer: (ok) => resolve({ ok }) })),
}));
const { PageStyles } = await import('../../../extension/content/page-styles');

/** Lets the awaiting loop take its next step. */
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  sent.length = 0;
});

describe('PageStyles', () => {
  test('asks nothing while the sheet is already as wanted (injected with the script)', async () => {
    const styles = new PageStyles();
    styles.want(true);
    await tick();
    expect(sent).toEqual([]);
  });

  test('hide then a quick show: remove, then insert, one at a time, ending with the sheet in the page', async () => {
    const styles = new PageStyles();
    styles.want(false);
    styles.want(true); // before the removal is done
    await tick();
    expect(sent.map((r) => r.needed)).toEqual([false]);
    sent[0].answer(true);
    await tick();
    expect(sent.map((r) => r.needed)).toEqual([false, true]);
    sent[1].answer(true);
    await tick();
    expect(sent).toHaveLength(2);
  });

  test('a burst of changes while a request is out costs one more request, towards the last wish', async () => {
    const styles = new PageStyles();
    styles.want(false);
    styles.want(true);
    styles.want(false);
    styles.want(true);
    styles.want(false);
    await tick();
    sent[0].answer(true); // removed: already as last wanted
    await tick();
    expect(sent.map((r) => r.needed)).toEqual([false]);
    styles.want(true);
    await tick();
    expect(sent.map((r) => r.needed)).toEqual([false, true]);
  });

  test('a failed request leaves the sheet counted as it was, and the next change tries again', async () => {
    const styles = new PageStyles();
    styles.want(false);
    await tick();
    sent[0].answer(false);
    await tick();
    expect(sent).toHaveLength(1);
    styles.want(false);
    await tick();
    expect(sent.map((r) => r.needed)).toEqual([false, false]);
  });
});
