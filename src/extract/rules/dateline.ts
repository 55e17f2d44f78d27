// Bylines, datelines and time stamps that Readability leaves at the top (or bottom) of the body:
//
//   "By Justine Coleman - 11/18/19 11:04 PM EST"        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM"
//   "PUBLISHED: 10:48, Tue, Nov 19, 2019"               "Published 4:00 am CST, Wednesday, November 20, 2019"
//   "18 NOV 2019"   "Today 12:01 AM"   "sexta-feira, 22 de outubro de 2010 às 20:13"
//   "Posted on Maret 30, 2015 by Admin"                 "Phil Helsel is a reporter for NBC News."
//
// A block is a stamp when, once its date words, numbers and stamp verbs are taken out, at most a name's
// worth of words is left (the author), and it had a real date or time signal to begin with. Prose that
// mentions a date ("On Nov. 19 the Senate voted to ...") keeps too many words to qualify.

const MONTHS =
  'jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|' +
  // pt, es, fr, de, it, id (the benchmark is mostly English, but stamps are formulaic everywhere)
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|maret|mei|agustus|desember';
const WEEKDAYS =
  'mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|today|yesterday|' +
  'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes';

// Words a stamp is made of besides the date itself.
const STAMP_WORDS =
  'published|updated|posted|last|modified|first|on|at|by|and|am|pm|a\\.m|p\\.m|est|edt|cst|cdt|pst|pdt|mst|gmt|bst|utc|cet|hst|ist|aest|' +
  'de|às|em|el|le|am|um|uhr|von|por|par|di|oleh|the|staff|desk|writer|reporter|correspondent|editor|contributor|ago|hours?|minutes?|mins?|days?|' +
  'read|reading|time|min|minute|tempo|leitura|minuto|minutos|views?|letture|share|comments?|ap|reuters|afp|associated|press|photo|image|video|news|cbs|nbc';

const DATE_SIGNAL = new RegExp(
  `\\b(${MONTHS})\\.?\\s+\\d{1,2}\\b|\\b\\d{1,2}\\.?\\s+(de\\s+)?(${MONTHS})\\b|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}:\\d{2}\\b|\\b\\d+\\s+(hours?|minutes?|mins?|days?)\\s+ago\\b|\\b(${MONTHS})\\s+\\d{4}\\b`,
  'iu',
);
const STRIP = new RegExp(`\\b(${MONTHS}|${WEEKDAYS}|${STAMP_WORDS})\\b\\.?|[\\d:/.,;|·•@()–—-]+`, 'giu');
const TWEET_SIGNATURE = /^[—–-]|\(@\w+\)/u;
// Case matters for the name after it, so the cue words spell out their capitals.
const BYLINE_START = /^([Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]oor|[Dd]i|[Oo]leh|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+\p{Lu}/u;

/** At most this many words may remain once the stamp words are gone (an author's name). */
const MAX_LEFTOVER_WORDS = 4;
const MAX_STAMP_LENGTH = 120;

function leftoverWords(text: string): number {
  return text.replace(STRIP, ' ').split(/\s+/).filter((w) => /[\p{L}]/u.test(w)).length;
}

/** A short block with a date or a clock time in it: a stamp, or a line of a schedule. */
export function hasDateSignal(text: string): boolean {
  return text.length <= MAX_STAMP_LENGTH && DATE_SIGNAL.test(text);
}

/** "Updated Nov 19, 9:41 AM", "By Justine Coleman - 11/18/19 11:04 PM EST", "18 NOV 2019". */
export function isDateStamp(text: string): boolean {
  if (text.length > MAX_STAMP_LENGTH || !DATE_SIGNAL.test(text)) return false;
  // "— Rep. Ilhan Omar (@Ilhan) November 19, 2019" closes an embedded tweet: part of the article.
  if (TWEET_SIGNATURE.test(text)) return false;
  return leftoverWords(text) <= MAX_LEFTOVER_WORDS;
}

// "By Paul Takahashi", "By Stefan Becket, Kathryn Watson, Grace Segers", "Tom Krisher, Ap Auto Writer":
// a short block that starts with "By" and a capital, with no sentence punctuation.
export function isByline(text: string): boolean {
  if (text.length > 100) return false;
  if (BYLINE_START.test(text) && !/[.!?]["”’]?\s+\p{L}/u.test(text)) return true;
  // "Associated Press", "Tom Krisher, AP Auto Writer", "VICTOR TANGERMANN, FUTURISM"
  return /^[\p{Lu}][\p{L}.'’-]+( [\p{Lu}][\p{L}.'’-]+){0,3}, (the )?(associated press|ap|reuters|afp|[\p{Lu}][\p{L}]+( [\p{L}]+)? ([Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor))$/u.test(text);
}

// "Phil Helsel is a reporter for NBC News.", "Dallas Robinson is a freelance writer living in Minneapolis",
// "Eric Song is IGN's deal curator ...", "Have a tip? Amy Kuperinsky may be reached at ...": an author
// note, usually at the end. Only short blocks, with the job word close to the start.
const AUTHOR_NOTE =
  /^(\p{Lu}[\p{L}.'’-]+ ){1,3}(is|was) (a|an|the|[\p{Lu}][\p{L}'’]+'s)( [\w-]+){0,3} (reporter|writer|journalist|correspondent|editor|columnist|contributor|curator|producer|author|blogger|freelancer)\b|may be reached at|can be reached at|\b(email|e-mail) (him|her|them|the author) at\b|^have a tip\?|^(reach|contact|email|e-mail) (the )?(reporters?|writers?|authors?|him|her)\b|\bcontributed to this (report|story|article)\.?$/u;

export function isAuthorNote(text: string): boolean {
  return text.length <= 300 && AUTHOR_NOTE.test(text);
}

// The note a blog engine prints under (or over) a post: "This entry was posted on Monday, November 5th,
// 2012 at 11:18 am and is filed under News. You can follow any responses to this entry through the RSS
// 2.0 feed. You can leave a response, or trackback from your own site.", "05/10/2018 - Publicado por:
// Clarissa Borba - Categoria: Saúde - Tags: ...". Each cue alone can be prose ("a letter posted on
// Twitter"), so a block needs two different ones. "Posted by" is not a cue: a byline alone is left to
// isByline, and some pages' own text begins with it.
const POST_META_CUES = [
  /\bposted (on|in|at)\b/i,
  /\bfiled (under|in)\b/i,
  /\bpermalink\b/i,
  /\bfollow (any )?(responses|comments)\b|\brss( 2\.0)? feed\b/i,
  /\btrackback\b/i,
  /\b(leave|post) a (comment|response|reply)\b|\bno (responses|comments)\b/i,
  /\btags?\s*:|\btagged\b/i,
  /\b(categor(y|ies)|categoria|categoría|catégorie|kategorie)\s*:/iu,
  /\b(publicado|publié|veröffentlicht|pubblicato) (por|par|von|da)\b/iu,
];
const MAX_POST_META_LENGTH = 400;

export function isPostMeta(text: string): boolean {
  if (text.length > MAX_POST_META_LENGTH) return false;
  let cues = 0;
  for (const cue of POST_META_CUES) if (cue.test(text) && ++cues >= 2) return true;
  return false;
}
