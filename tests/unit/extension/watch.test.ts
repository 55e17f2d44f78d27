import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import { DEFAULT_WATCH, watchPage, type ChangeReason } from '../../../extension/content/watch';

// The page watcher (extension/content/watch.ts): a new analysis when the page's address changes or its
// text grows or shrinks materially, read from the mutation records. Browser test of the whole path:
// tests/e2e/reader-experience.test.ts ("pages that change").

const words = (n: number) => 'word '.repeat(n / 5);

function page(bodyText: number): { doc: Document; host: HTMLElement; onChange: Mock<(reason: ChangeReason) => void>; walks: () => number } {
  const doc = document;
  doc.body.replaceChildren();
  const article = doc.createElement('article');
  article.id = 'article';
  article.append(doc.createElement('p'));
  article.firstElementChild!.textContent = words(bodyText);
  doc.body.append(article);
  const host = doc.createElement('sourcelight-ui');
  const onChange = vi.fn<(reason: ChangeReason) => void>();
  const walker = vi.spyOn(doc, 'createTreeWalker');
  return { doc, host, onChange, walks: () => walker.mock.calls.length };
}

/** Lets the mutation observers run, then the watcher's settling time pass. */
async function settle(): Promise<void> {
  await new Promise<void>((resolve) => queueMicrotask(resolve));
  await vi.advanceTimersByTimeAsync(DEFAULT_WATCH.settleMs + 1);
}

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  test('takes no measure of the page when it starts watching', () => {
    const { doc, host, onChange, walks } = page(3000);
    const stop = watchPage(doc, host, onChange);
    expect(walks()).toBe(0);
    stop();
  });

  test('an article that arrives after the first analysis starts a new one', async () => {
    const { doc, host, onChange } = page(100);
    const stop = watchPage(doc, host, onChange);
    const late = doc.createElement('div');
    late.innerHTML = `<h1>Headline</h1><p>${words(1500)}</p><p>${words(1500)}</p>`;
    doc.body.append(late);
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('content');
    stop();
  });

  test('small changes, and text replaced by as much text, start nothing', async () => {
    const { doc, host, onChange } = page(3000);
    const rail = doc.createElement('aside');
    rail.textContent = words(1000);
    doc.body.append(rail);
    const stop = watchPage(doc, host, onChange);
    const ad = doc.createElement('div');
    ad.textContent = words(150);
    doc.body.append(ad);
    // A teaser rail swapped for another of the same size.
    rail.replaceWith(Object.assign(doc.createElement('aside'), { textContent: words(1000) }));
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  test('a text node changed many times at once counts once, from its first value to its last', async () => {
    const { doc, host, onChange } = page(3000);
    const stop = watchPage(doc, host, onChange);
    const counter = doc.createTextNode('0');
    doc.getElementById('article')!.append(counter);
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    // 1 → 250 characters in six steps of one task: 249 more, under a tenth of the page's 3,000.
    for (const length of [50, 90, 130, 170, 210, 250]) counter.data = 'x'.repeat(length);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    // Then it empties, and the article's paragraph with it: 3,250 fewer, a new analysis.
    counter.data = '';
    doc.querySelector('p')!.remove();
    await settle();
    expect(onChange).toHaveBeenCalledExactlyOnceWith('content');
    stop();
  });

  test('text typed into a node added in the same task counts once', async () => {
    const { doc, host, onChange } = page(3000);
    const stop = watchPage(doc, host, onChange);
    const note = doc.createTextNode('x'.repeat(100));
    doc.body.append(note);
    note.data = 'x'.repeat(250);
    await settle();
    // 250 more, not 400 (added at 250, then changed by 150): under the page's tenth.
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });

  test('Sourcelight’s own element coming and going is no change of the page', async () => {
    const { doc, host, onChange } = page(100);
    const stop = watchPage(doc, host, onChange);
    host.textContent = words(5000);
    doc.body.append(host);
    await settle();
    host.remove();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    stop();
  });
});
