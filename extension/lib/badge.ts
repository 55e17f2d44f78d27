import { browser } from 'wxt/browser';
import type { PageState } from './messages';

// Badge colours by grade: a dark enough shade of each hue for white text to stay readable (WCAG AA).
const GRADE_COLOURS: Record<string, string> = {
  A: '#1a7f37',
  B: '#4d7c0f',
  C: '#9a6700',
  D: '#c2410c',
  F: '#b91c1c',
};

/** Shows the number of flagged sentences on the toolbar button of one tab. */
export async function setBadge(tabId: number, status: PageState['status'], flagged: number, grade: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (status === 'analyzed') {
    await action.setBadgeText({ tabId, text: flagged > 999 ? '999+' : String(flagged) });
    await action.setBadgeBackgroundColor({ tabId, color: GRADE_COLOURS[grade] ?? '#57606a' });
    await action.setTitle({ tabId, title: `Sourcelight: grade ${grade}, ${flagged} flagged sentences` });
  } else {
    await action.setBadgeText({ tabId, text: status === 'error' ? '!' : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#57606a' });
    await action.setTitle({ tabId, title: status === 'no-article' ? 'Sourcelight: no article found' : 'Sourcelight: check sourcing' });
  }
}
