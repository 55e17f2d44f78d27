import type { BoilerplateKind } from '../../types';

// Elements whose tag (or ARIA role) says what they are, whatever their class. Inside an article body
// these are never prose: the benchmark's hand-made truths leave out image captions, the article's own
// header (headline, byline, date) and navigation.
//
//   <figure><img><figcaption>Kristi Noem in 2018. Alex Wong | Getty Images</figcaption></figure>
//   <header><h1>Headline</h1><span class="byline">By A. Writer</span> · <time>Nov 19</time></header>
//   <nav><a href="/">Home</a> » <a href="/news">News</a></nav>
//   <aside>Related: ...</aside>
//   <form><textarea name="comment"></textarea></form>

export function matchElement(el: Element): BoilerplateKind | undefined {
  switch (el.tagName) {
    case 'FIGURE':
    case 'FIGCAPTION':
      return 'caption';
    case 'NAV':
      return 'navigation';
    case 'HEADER':
      return 'byline';
    case 'ASIDE':
      return 'related';
    case 'FOOTER':
      return 'other';
    case 'FORM':
      return formKind(el);
  }
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'menu' || role === 'menubar') return 'navigation';
  if (role === 'complementary') return 'related';
  return undefined;
}

/** A form in an article is a comment box, a newsletter sign-up, a search or a login. */
function formKind(form: Element): BoilerplateKind {
  if (form.querySelector('textarea')) return 'comments';
  if (form.querySelector('input[type="email"], input[name*="mail" i]')) return 'newsletter';
  if (form.querySelector('input[type="search"], input[name="q"], input[name="s"]')) return 'navigation';
  return 'other';
}
