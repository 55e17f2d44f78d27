// Whether the page's text changed since the page was sent to the engine. The engine finds the sentences
// in the text it was sent (src/anchor.ts); the content script checks its own text nodes' count and
// lengths against the engine's before using those positions, but a change that keeps every length (a
// clock, a counter, a word swapped for one as long) would pass that check and put highlights on the
// wrong words. Such changes are seen here, as they happen.

/** Whether a changed node brings or takes text: a text node, or an element with text inside. */
function holdsText(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).length > 0;
  return node.nodeType === Node.ELEMENT_NODE && !!node.textContent;
}

/** Records changes to the text of the document from now on, until `stop`. */
export class TextChanges {
  private readonly records: MutationRecord[] = [];
  private readonly observer: MutationObserver | null;

  constructor(doc: Document) {
    // Records are only kept here: they are looked at once, when the engine's answer is placed.
    this.observer = typeof MutationObserver === 'function' ? new MutationObserver((records) => this.keep(records)) : null;
    this.observer?.observe(doc, { childList: true, subtree: true, characterData: true });
  }

  /** Whether text under `root` has changed since this started (or whether that cannot be told). */
  touched(root: Node): boolean {
    if (!this.observer) return true;
    this.keep(this.observer.takeRecords());
    return this.records.some(
      (record) =>
        root.contains(record.target) &&
        (record.type === 'characterData' || Array.prototype.some.call(record.addedNodes, holdsText) || Array.prototype.some.call(record.removedNodes, holdsText)),
    );
  }

  private keep(records: MutationRecord[]): void {
    for (const record of records) this.records.push(record);
  }

  stop(): void {
    this.observer?.disconnect();
    this.records.length = 0;
  }
}
