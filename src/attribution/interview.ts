// An interview set as questions and answers: "Q: How do you prioritize your day?" / "A: I have been
// well served by ...". The answers are the interviewee's words (SOURCING.md, Carry-over: a quotation's
// attribution carries to the rest of it), although no sentence says "he said": the format does. An
// answer runs from its "A:" to the next question, over several paragraphs.
//
// Only a page that is such an interview (two questions and two answers at least) is read so: a lone
// "A:" is a list item or a grade.

import type { Block } from '../types';

const QUESTION = /^\s*(?:Q|Question)\s*[:.]\s*\S/;
const ANSWER = /^\s*(?:A|Answer)\s*[:.]\s*\S/;

/** For each block, true when it belongs to an interview's answer. */
export function interviewAnswers(blocks: Block[]): boolean[] {
  const out = blocks.map(() => false);
  const questions = blocks.filter((b) => QUESTION.test(b.text)).length;
  const answers = blocks.filter((b) => ANSWER.test(b.text)).length;
  if (questions < 2 || answers < 2) return out;
  let inAnswer = false;
  blocks.forEach((b, i) => {
    if (QUESTION.test(b.text) || b.kind === 'heading') inAnswer = false;
    else if (ANSWER.test(b.text)) inAnswer = true;
    out[i] = inAnswer;
  });
  return out;
}

/** True when the block is a question of the interview: it asks, it asserts nothing. */
export function isInterviewQuestion(block: Block): boolean {
  return QUESTION.test(block.text);
}
