import { expect, test } from 'vitest';
import { agreement, kindScores, type GenrePair } from '../../../scripts/lib/genre-score';
import type { Genre } from '../../../src/types';

const pairs = (n: number, gold: Genre, predicted: Genre): GenrePair[] => Array.from({ length: n }, () => ({ gold, predicted }));

test('Cohen’s kappa of two editors: the textbook case (agreement 0.7, chance 0.5, kappa 0.4)', () => {
  // Editor A says opinion 25 times of 50, editor B 30 times; they agree on 20 opinions and 15 news.
  const editors = [...pairs(20, 'opinion', 'opinion'), ...pairs(5, 'opinion', 'news'), ...pairs(10, 'news', 'opinion'), ...pairs(15, 'news', 'news')];
  const { raw, kappa, pages } = agreement(editors, ['news', 'opinion']);
  expect(pages).toBe(50);
  expect(raw).toBeCloseTo(0.7);
  expect(kappa).toBeCloseTo(0.4);
});

test('per-kind precision and recall', () => {
  const guesses = [...pairs(3, 'review', 'review'), ...pairs(1, 'review', 'news'), ...pairs(2, 'news', 'review'), ...pairs(4, 'news', 'news')];
  const kinds = kindScores(guesses, ['news', 'review', 'live']);
  expect(kinds.review).toMatchObject({ precision: 3 / 5, recall: 3 / 4, support: 4, predicted: 5 });
  expect(kinds.news).toMatchObject({ precision: 4 / 5, recall: 4 / 6 });
  expect(kinds.live.support).toBe(0);
  expect(kinds.live.f1).toBe(0);
});
