import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { languageSignals, readsAsEnglish, requireEnglish } from '../../src/language';
import { MAX_PAGE_CHARS, requireReasonableSize } from '../../src/limits';
import { NoArticleError } from '../../src/types';

const ENGLISH = 'The ministry said on Tuesday that it would review the contract, which had been signed by the former minister.';
const GERMAN = 'Die elektronische Patientenakte ist nicht nur ein Thema für die Politik, sondern auch für die Ärzte und das Gesundheitssystem.';
const PORTUGUESE = 'O serviço de atendimento domiciliar registrou um arrombamento na sede da unidade, segundo a polícia, que não tem suspeitos.';
const RUSSIAN = 'Министерство заявило во вторник, что пересмотрит контракт, подписанный бывшим министром.';
const KOREAN = '장관은 화요일 전 장관이 서명한 계약을 검토할 것이라고 밝혔다.';

describe('readsAsEnglish', () => {
  test('English prose reads as English', () => expect(readsAsEnglish(ENGLISH)).toBe(true));
  test.each([GERMAN, PORTUGUESE, RUSSIAN, KOREAN])('not English: %s', (text) => expect(readsAsEnglish(text)).toBe(false));
  test('text with no function words at all (a box score) is let through', () => {
    expect(readsAsEnglish('Palm Bay 18 22 13 17 — 70. Tolivert 25 points. Davis 17 points.')).toBe(true);
  });
  test('English with a few foreign names stays English', () => {
    expect(readsAsEnglish(`${ENGLISH} “Não sei,” said João da Silva, who runs the Café de la Paix.`)).toBe(true);
  });
  test('signals are shares between 0 and 1', () => {
    const s = languageSignals(RUSSIAN);
    expect(s.nonLatin).toBeGreaterThan(0.9);
  });
});

describe('requireEnglish', () => {
  test('names the declared language in its message', () => {
    expect(() => requireEnglish(GERMAN, 'de-DE')).toThrow('Language not supported yet (German): Sourcelight reads English articles only.');
  });
  test('throws a NoArticleError with reason unsupported-language', () => {
    try {
      requireEnglish(KOREAN, '');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NoArticleError);
      expect((error as NoArticleError).reason).toBe('unsupported-language');
    }
  });
});

describe('requireReasonableSize', () => {
  test('refuses a page beyond the limit with a clear message, accepts one below', () => {
    const big = new JSDOM(`<body><p>${'x'.repeat(MAX_PAGE_CHARS + 10)}</p></body>`).window.document;
    expect(() => requireReasonableSize(big)).toThrow(/too large to analyse \(3\.0 million characters/);
    const small = new JSDOM(`<body><p>${'x'.repeat(1000)}</p></body>`).window.document;
    expect(() => requireReasonableSize(small)).not.toThrow();
  });
});
