import type { BoilerplateKind } from '../../types';

// Short blocks whose whole text is a stock phrase of page furniture. Each pattern is anchored on the
// block's text (white space collapsed) and only tried on short blocks, so a paragraph of prose that
// happens to start with "Share" or "Subscribe" is never touched.

export interface PhraseRule {
  kind: BoilerplateKind;
  text: RegExp;
  /** Longest block the rule may remove (characters). */
  max: number;
}

export const PHRASE_RULES: PhraseRule[] = [
  // A section heading of related links, alone in its block: "Read More", "Related Stories",
  // "More stories", "You may also like", "Trending now", "DON'T MISS", "Most popular", "Up next"
  {
    kind: 'related',
    text: /^(read (more|next|also)|related( (articles?|stories|posts|content|coverage|links|news|topics|videos?))?|see (more|also)|more (stories|articles|news|videos?|headlines)|more (from|on|in|like) [\w\s’'.-]{1,40}|also read|don[’']?t miss|recommended( for you| stories| reading)?|you (may|might) (also )?(like|enjoy|be interested in)|trending( now| stories| articles)?|most (read|popular|viewed|shared)|popular (now|stories|posts|articles)|previous (article|post|story)|next (article|post|story)|up next|what to read next|further reading|top stories|latest (news|stories|articles|videos)|editor[’']?s (picks|choice)|more on this( story)?|more( [\p{L}'’]+){1,3} (stories|news|articles|reads|videos|coverage))\W*$/iu,
    max: 60,
  },
  // The same heading in other words: a word that relates the list to the story or ranks it, then what
  // the list holds ("Similar Articles You Might Enjoy:", "Our Top Stories", "Featured Content", "RECENT
  // ARTICLES"), or where the list comes from ("Elsewhere on Example News", "Also on Example Post:", "From our partners"),
  // or when it was made ("Recently Published", "Recently Viewed").
  {
    kind: 'related',
    text: /^((our|the|your) )?(similar|related|recent|popular|top|featured|latest|other|recommended|trending)( [\p{L}'’]+){0,2} (articles|stories|posts|entries|news|content|reads|headlines|videos)( you (may|might) (also )?(like|enjoy))?\W*$|^(also|elsewhere) on [\p{L}\p{N}.’' -]{2,40}\W*$|^from (our|the) partners\W*$|^recently \p{L}+ed\W*$/iu,
    max: 60,
  },
  // A teaser line that starts with a related-link label and a colon: "READ MORE: Hong Kong protests:
  // 800 students under siege", "SEE MORE: ...", "Related: ...", "On HoustonChronicle.com: ...",
  // "Previous article: ...", "WATCH: ..."
  {
    kind: 'teaser',
    text: /^(read (more|next|also)|see (more|also)|related( (article|story|stories|coverage))?|also read|more|watch|listen|don[’']?t miss|previous (article|post)|next (article|post)|on [\w.-]+\.(com|org|net|co\.uk))\s*[:|–—]\s*\S|^also on [\w-]+\.[a-z]{2,}\b/i,
    max: 220,
  },
  // A teaser's blurb that ends in its link onwards: "First consoles go on sale on Nov. 18 with a midnight
  // launch event Read more...", "Will fans give the tablet a chance? That's the question we asked... Read More »"
  { kind: 'teaser', text: /\b(read more|continue reading|read the rest|full story)\s*(\.\.\.|…|»|›|>>|→)?\s*$/i, max: 400 },
  // "[Read: The plague is back]", "[Related: Salesforce keynote ...]"
  { kind: 'teaser', text: /^[[(](read|related|see|more|watch|also read|listen|read more)\b[^\])]*[\])]$/i, max: 300 },
  // "Sign up for our newsletter", "Get the latest updates right in your inbox. Subscribe to ...",
  // "Want more stories like this?", "Every day we send an email with the top stories"
  {
    kind: 'newsletter',
    text: /^(sign up\b|subscribe\b|get (the|our) [\w\s’']*(newsletter|updates|headlines)|want more stories|every (day|week|morning) we send|join our (mailing|email) list|enter your email)|\b(newsletters?|in your inbox|to your inbox)\b/i,
    max: 220,
  },
  // "Like this story? Share it with a friend!", "Share this article with your friends"
  { kind: 'share', text: /\bshare (it|this( story| article| post)?) with (a|your) friends?\b/i, max: 120 },
  // "Share this:", "Share on Facebook", "Tweet", "Whatsapp Facebook Pint Baixar"
  {
    kind: 'share',
    text: /^((share|tweet|email|e-mail|print|pin|pint|whatsapp|facebook|twitter|linkedin|reddit|pinterest|telegram|flipboard|messenger|copy link|baixar|compartilhe|compartir|teilen|partager)( (this|on|via|it|article|story|link))*[\s:|,•·]*)+$/i,
    max: 120,
  },
  // "Leave a comment", "Post Comment (+)", "12 comments", "Comments", "Tell us what YOU think...",
  // "Join the discussion", "Show comments": the whole block, never the start of a sentence
  {
    kind: 'comments',
    text: /^(leave a (comment|reply)|post (a )?comment|add (a )?comment|\d+ comments?|comments?|show comments|view comments|join the (discussion|conversation)|tell us what you think|have your say|what do you think\?)[\s.…:()+\d]*$/i,
    max: 60,
  },
  // "Advertisement", "Continue reading below", "Story continues below advertisement", "Iklan", "Anzeige"
  {
    kind: 'advertisement',
    text: /^(advertisement|advertising|advert|ad|sponsored( content)?|iklan|anzeige|publicidad|publicidade|publicité|реклама|continue reading (below|the main story)|(story|article) continues (below|after)[\w\s]*)$/i,
    max: 60,
  },
  // "CLICK HERE TO GET THE FOX NEWS APP", "GET FOX BUSINESS ON THE GO BY CLICKING HERE",
  // "Follow us on Twitter", "Download our app", "Click here for more information"
  {
    kind: 'promo',
    text: /^(click here|get (the|our) [\w\s]*app|download (the|our) app|follow (us|@\w+)|like us on facebook|listen to (the|our) podcast|join our [\w\s]*(forums?|community))|(by clicking here|click here for more|on the go by clicking)|\bfollow (us|him|her|them|@\w+) on (twitter|facebook|instagram)\b/i,
    max: 300,
  },
  // "Skip to content", "Sign in", "Log in", "Home", "Menu", "Back to top", "Loading content ..."
  {
    kind: 'navigation',
    text: /^(skip to (main )?content|sign in|log ?in|register|menu|home|back to top|loading( content)?( ?\.\.\.|…)?|this slideshow requires javascript\.?|breaking news|close|caption|open|expand|image \d+ of \/? ?\d+)$/i,
    max: 40,
  },
  // "Copyright 2019 The Associated Press. All rights reserved.", "© 2019 ...", "This material may not
  // be published, broadcast, rewritten or redistributed.", "This document is subject to copyright."
  {
    kind: 'legal',
    text: /^(copyright|©|\(c\) \d{4})|all rights reserved|may not be (published|reproduced|redistributed)|subject to copyright|무단전재|without (the )?written permission/i,
    max: 400,
  },
  // "This website uses cookies to improve your experience ... Accept Read More"
  { kind: 'other', text: /\b(uses?|using) cookies\b|\bcookie (policy|settings|preferences)\b/i, max: 300 },
  // A bare contact line: "paul.takahashi@chron.com", "twitter.com/paultakahashi". (Bare links to
  // other pages can be an article's list of sources; only the page's own address goes, see boilerplate.ts.)
  { kind: 'other', text: /^([\w.+-]+@[\w-]+\.[\w.]+|(www\.)?(twitter|facebook|instagram)\.com\/\S+)$/i, max: 300 },
  // A WordPress shortcode printed as text: "[button link=”...”] Send us YOUR kit review[/button]"
  { kind: 'other', text: /^\[(\w+)\b[^\]]*\].*\[\/\1\]$/, max: 300 },
  // "Tags: election, Kentucky", "Filed under: Politics |", "Topics: ...", "| Tags: ...", "Posted in: Fantasy |",
  // "Tagged // appetizer, brunch"
  { kind: 'tags', text: /^[|•·–—-]?\s*(tags?|tagged( with)?|topics?|filed under|posted in|categories|category|keywords|marcadores|etiquetas)\s*(:|\/\/)/i, max: 400 },
  // "Tags" alone, over the list of tags (boilerplate.ts then drops the list)
  { kind: 'tags', text: /^(tags|tagged|keywords|marcadores|etiquetas)\W*$/i, max: 20 },
];

export function matchPhrase(text: string): BoilerplateKind | undefined {
  for (const rule of PHRASE_RULES) if (text.length <= rule.max && rule.text.test(text)) return rule.kind;
  return undefined;
}
