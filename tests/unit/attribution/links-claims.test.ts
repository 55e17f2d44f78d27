import { describe, expect, it } from 'vitest';
import { judgeClaim } from '../../../src/attribution/claims';
import { isSourceLink } from '../../../src/attribution/links';
import { classify, one, withLink } from './helpers';

describe('links on a claim (SOURCING.md, Links)', () => {
  it('a link on the writer’s own advice or opinion sources nothing: it is no claim', () => {
    const context = 'The chargers below were tested for a month in the newsroom.';
    const advice = withLink('If you are planning to retire early, you should live below your means.', 'retire early', 'https://www.example-finance.com/retire-early-guide');
    const opinion = withLink('I think it is the best mouse I have used.', 'the best mouse', 'https://amzn.to/3abcdef');
    for (const block of [advice, opinion]) {
      const s = classify(context, block)[1];
      expect(s.label).toBe('neutral');
      expect(s.sourceHref).toBeUndefined();
    }
    // The same kind of link on a checkable claim still sources it.
    const claim = withLink('The company sold 2 million chargers in 2019.', 'sold 2 million chargers', 'https://www.reuters.com/article/us-chargers-sales/chargers-sales-double-idUSKBN1X0');
    expect(classify(context, claim)[1].label).toBe('named');
  });

  it('a link to an article, a report or a document sources the claim', () => {
    const block = withLink(
      'The attackers stormed the Bardo National Museum on Wednesday.',
      'stormed the Bardo National Museum',
      'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia/2015/03/18/story.html',
    );
    const [s] = classify(block);
    expect(s.label).toBe('named');
    expect(s.sourceKind).toBe('link');
    expect(s.reason).toContain('stormed the Bardo National Museum');
    expect(isSourceLink('https://www.treasury.gov/resource-center/sanctions/Programs/Documents/sudan.pdf')).toBe(true);
  });

  it('pages about a thing source nothing: product listings, shops, affiliate addresses, quotes, profiles', () => {
    expect(isSourceLink('https://www.example-shop.com/products/mx-keys-wireless-keyboard-2019')).toBe(false);
    expect(isSourceLink('https://deals.example.com/shop/laptops/2019-11-18?affiliate=site-20')).toBe(false);
    expect(isSourceLink('https://www.example.com/2019/11/18/laptop-sale?aff_id=77')).toBe(false);
    expect(isSourceLink('https://www.reuters.com/finance/currencies/quote?srcCurr=EUR&destCurr=USD')).toBe(false);
    expect(isSourceLink('https://www.cbssports.com/nfl/players/playerpage/2081723/larry-ogunjobi')).toBe(false);
    expect(isSourceLink('https://www.immunology.washington.edu/faculty/primary-joint-faculty/jakob-von-moltke-ph-d/')).toBe(false);
    // An article about the same thing still can be.
    expect(isSourceLink('https://www.livescience.com/65467-new-supercomputer-fastest.html')).toBe(true);
    const [s] = classify(withLink('The MX Keys keyboard is backlit and costs $99.', 'MX Keys keyboard', 'https://www.example-shop.com/products/mx-keys-2019'));
    expect(s.label).toBe('unsourced');
  });

  it('tag pages, topic pages, author profiles and social profiles source nothing', () => {
    expect(isSourceLink('http://www.nytimes.com/topic/company/yahoo-inc?inline=nyt-org')).toBe(false);
    expect(isSourceLink('http://topics.nytimes.com/top/news/international/countriesandterritories/sudan/index.html')).toBe(false);
    expect(isSourceLink('https://twitter.com/NelsonSchwartz')).toBe(false);
    expect(isSourceLink('https://www.theguardian.com/world/newzealand')).toBe(false);
    const [s] = classify(withLink('Yahoo sold its business to Verizon in 2016.', 'Yahoo', 'http://www.nytimes.com/topic/company/yahoo-inc'));
    expect(s.label).toBe('unsourced');
  });

  it('a link that is the whole line is a teaser, not a source', () => {
    const [s] = classify(withLink('Read the full transcript of his interview', 'Read the full transcript of his interview', 'http://www.bbc.co.uk/news/world-us-canada-33646542'));
    expect(s.label).toBe('neutral');
  });
});

describe('claims', () => {
  it.each([
    ['The Kremlin has assembled 50,000 Russian and North Korean troops to retake the Kursk region.', true],
    ['With Russia leveraging approximately 11,000 North Korean troops, Moscow could streamline force distribution.', true],
    ['Gunmen opened fire on visitors at the museum on Wednesday.', true],
    ['The government outlawed the group behind the attack and began a crackdown.', true],
    ['The situation in Kursk marks a critical turning point in the Russia-Ukraine conflict.', false],
    ['While the battlefield is dynamic, one thing is clear: the war is far from over.', false],
    ['What’s next for Ukraine?', false],
    ['But notably, he did not give a direct answer, which leaves me with the impression that he has persuaded no one.', false],
    ['Should the U.S. decide to re-engage fully, there may be a window of opportunity for Ukraine.', false],
  ])('%s → claim %s', (text, expected) => {
    expect(judgeClaim(text, false).claim).toBe(expected);
  });

  it('an unsourced claim says why it is a claim', () => {
    const s = one('The Kremlin has assembled 50,000 troops to retake the Kursk region.');
    expect(s.label).toBe('unsourced');
    expect(s.reason).toContain('50,000');
  });

  it('the article’s own "Sources:" list is neutral and reported as listed', () => {
    const out = classify({ kind: 'heading', text: 'Sources:', links: [] }, 'Ukraine is fighting 50,000 troops in Kursk, Zelensky says');
    expect(out[1].label).toBe('neutral');
    expect(out[1].listedSource).toBe(true);
  });
});

// SOURCING.md, Links: a link on the claim to its source names it, even when it sits on the hedge
// ("an [estimated] 100,000"): whoever made the estimate is a click away (review of x-04a6711caa7c).
describe('a link on the hedge itself', () => {
  it('makes the estimate named', () => {
    const text = 'Medicaid was a key issue in the race, where an estimated 100,000 residents would gain coverage.';
    expect(classify(withLink(text, 'an estimated', 'https://www.nbcnews.com/politics/elections/medicaid-expansion-n1078541'))[0].label).toBe('named');
    expect(classify(text)[0].label).toBe('vague');
  });
});
