import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { textLength } from '../../../extension/content/watch';

// The page watcher compares the body's text length before and after a change. It sums the text
// nodes' lengths instead of copying the whole text: the sum must be the length of that copy, inline
// scripts, style sheets and nested elements included, comments not.
const FIXTURES = join(import.meta.dirname, '../../fixtures');

test.each(['kursk-pushback.html', 'news/yahoo-3/source.html', 'news/nytimes-4/source.html'])('the text length of %s is its body’s textContent length', (path) => {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, path), 'utf8'), 'text/html');
  expect(textLength(doc.body)).toBe(doc.body.textContent!.length);
});

test('scripts and styles count, comments do not', () => {
  const doc = new DOMParser().parseFromString('<body><p>one <b>two</b></p><!-- not text --><script>var three;</script><style>p{}</style></body>', 'text/html');
  expect(textLength(doc.body)).toBe('one two'.length + 'var three;'.length + 'p{}'.length);
  expect(textLength(doc.body)).toBe(doc.body.textContent!.length);
});
