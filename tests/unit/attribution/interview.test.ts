import { describe, expect, it } from 'vitest';
import { classify } from './helpers';

// An interview set as questions and answers: the answers are the interviewee's words, over several
// paragraphs, until the next question (SOURCING.md, Carry-over).
describe('an interview in questions and answers', () => {
  const page = [
    'The company named Junior Gaspard its new chief executive on Monday.',
    'Q: What did you learn in your past roles?',
    'A: Listening comes first. Sales grew 40% when we listened to our partners.',
    'We also cut costs by $2 million in 2019.',
    'Q: What is next for the business?',
    'A: Subscriptions will reach 1 million fans next year.',
  ];

  it('gives each answer, and the paragraphs after it, to the interviewee', () => {
    const out = classify(...page);
    const answers = out.filter((s) => /Listening|Sales grew|cut costs|Subscriptions/.test(s.text));
    expect(answers.map((s) => [s.label, s.speaker ?? s.source])).toEqual(Array(4).fill(['named', 'Junior Gaspard']));
    expect(answers[1].reason).toMatch(/answer of the interview/);
  });

  it('leaves the questions and a page with a lone "A:" alone', () => {
    const out = classify(...page);
    expect(out.find((s) => s.text.startsWith('Q: What is next'))?.sourceType).toBe('none');
    const [, lone] = classify('The grades were published on Monday.', 'A: 40 students passed the exam in 2019.');
    expect(lone.sourceType).toBe('none');
  });
});
