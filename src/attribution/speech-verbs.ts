// The verbs that attribute information to someone (SOURCING.md: "a speech or stance verb with a
// named subject ... is a named attribution; an action by that person is not").
//
//   speech:   "Zelenskyy said", "said Tony Radakin", "the strategist added", "Putin has warned"
//   stance:   "Officials worry", "Trump has expressed intentions", "Many Tunisians accuse"
//   research: "The report concluded", "a 2023 RAND report found" (only with a document or
//             organisation as subject: "police found a body" is an action)

export type VerbClass = 'speech' | 'stance' | 'research';

const SPEECH = [
  'say says said saying',
  'tell tells told telling',
  'add adds added adding',
  'note notes noted noting',
  'warn warns warned warning',
  'write writes wrote writing',
  'post posts posted',
  'tweet tweets tweeted tweeting',
  'claim claims claimed claiming',
  'argue argues argued arguing',
  'explain explains explained explaining',
  'announce announces announced announcing',
  'confirm confirms confirmed confirming',
  'state states stated stating',
  'declare declares declared declaring',
  'insist insists insisted insisting',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'vow vows vowed vowing',
  'pledge pledges pledged pledging',
  'promise promises promised promising',
  'suggest suggests suggested suggesting',
  'indicate indicates indicated indicating',
  'report reports reported reporting',
  'deny denies denied denying',
  'condemn condemns condemned condemning',
  'urge urges urged urging',
  'beg begs begged begging',
  'plead pleads pleaded pled pleading',
  'dispute disputes disputed disputing',
  'recommend recommends recommended recommending',
  'demand demands demanded demanding',
  'blame blames blamed',
  'rule rules ruled',
  'sum sums summed',
  'accuse accuses accused accusing',
  'allege alleges alleged alleging',
  'criticise criticises criticised criticize criticizes criticized',
  'praise praises praised',
  'describe describes described describing',
  'assert asserts asserted asserting',
  'maintains maintained',
  'contend contends contended',
  'testify testifies testified testifying',
  'respond responds responded responding',
  'reply replies replied replying',
  'recall recalls recalled recalling',
  'emphasise emphasises emphasised emphasize emphasizes emphasized',
  'stress stresses stressed stressing',
  'caution cautions cautioned',
  'observe observes observed',
  'remark remarks remarked',
  'comment comments commented',
  'speak speaks spoke spoken', // only "spoke out", "spoke about": see needsParticle
  'concede concedes conceded',
  'predict predicts predicted predicting',
  'reveal reveals revealed revealing',
  'disclose discloses disclosed',
  'recount recounts recounted',
  'boast boasts boasted',
  'point points pointed', // only "pointed out"
  'complain complains complained',
  'concur concurs concurred',
  'divulge divulges divulged',
  'ask asks asked',
  'continue continues continued',
  'defend defends defended defending',
  'dismiss dismisses dismissed',
  'reject rejects rejected',
  'welcome welcomes welcomed',
  'express expresses expressed expressing',
  'call calls called',
  'dub dubs dubbed', // only naming something: see needsParticle
  'voice voices voiced voicing', // only "voiced concerns", "voiced support": see needsParticle
  'reiterate reiterates reiterated reiterating',
  'decry decries decried',
  'lament laments lamented',
  'hail hails hailed',
  'read reads', // only before a quotation: "The post reads, “...”"
  'put', // only "put it": "as one analyst put it", "he put it this way:"
  'puts',
].join(',');

const STANCE = [
  'believe believes believed believing',
  'think thinks thought',
  'worry worries worried',
  'fear fears feared',
  'hope hopes hoped hoping',
  'want wants wanted', // only wanting someone to do something: see needsParticle
  'like likes', // only "would like to see": see needsParticle
  'expect expects expected',
  'estimate estimates estimated',
  'wonder wonders wondered wondering',
  'doubt doubts doubted',
  'see sees saw',
  'regard regards regarded', // only "what many Tunisians saw as": see needsParticle
  // Verbs of judging with an object and "as" (see needsParticle): "which Apple views as a right",
  // "cited the backlash as proof", "remembers it as a trying time", "attributed the rally to".
  'view views viewed',
  'cite cites cited',
  'remember remembers remembered',
  'characterise characterises characterised characterize characterizes characterized',
  'portray portrays portrayed',
  'attribute attributes attributed',
  'agree agrees agreed',
  'disagree disagrees disagreed',
  'concerned', // "officials are concerned"
  'confident',
  'convinced',
  'adamant', // "the union is adamant that"
  'consider considers', // only judging something to be something: see needsParticle
].join(',');

const RESEARCH = [
  'find finds found',
  'show shows showed shown',
  'conclude concludes concluded',
  'determine determines determined',
  'assess assesses assessed',
  'calculate calculates calculated',
  'project projects projected',
  'measure measures measured',
  'rank ranks ranked',
  'discover discovers discovered',
].join(',');

export const VERBS = new Map<string, VerbClass>();
/**
 * Base forms ("say", "worry", "state"): present tense only with a plural subject ("Officials
 * worry"); after a singular noun they are something else ("the US state of Louisiana").
 */
export const BASE_FORMS = new Set<string>();
for (const [list, cls] of [
  [RESEARCH, 'research'],
  [STANCE, 'stance'],
  [SPEECH, 'speech'],
] as const) {
  for (const row of list.split(',')) {
    const forms = row.trim().split(/\s+/).filter(Boolean);
    forms.forEach((w, i) => {
      VERBS.set(w, cls);
      if (i === 0 && forms.length > 1) BASE_FORMS.add(w);
    });
  }
}

/** Verbs that often come before their subject after a quotation: '"...," said Lotfi Azzouz'. */
export const INVERTIBLE = new Set(
  // Both tenses: a profile's present ("..., recalls Osborne, ...", "notes Smith") frames words like a news story's past.
  ('say said says added adds told tells wrote writes noted notes explained explains continued continues asked asks insisted insists ' +
    'warned warns recalled recalls replied replies responded responds argued argues declared declares reported reports tweeted tweets ' +
    'observed observes acknowledged acknowledges admitted admits conceded concedes cautioned cautions stressed stresses quipped quips joked jokes').split(' '),
);

// What follows a verb that speaks only with words after it ("add", "write"): a quotation or a colon,
// the sentence's end (", he added."), or a clause with its own finite verb ("added the company would
// appeal"). `openers` are words that may open that clause or phrase; `finite` its verbs.
function spokenContent(openers: string, finite: string): RegExp {
  return new RegExp(String.raw`^\s*[,:;"“~—–-]|^\s+(?:${openers})\b|^\s*[.!?]?["”’]?\s*$|^\s+(?:[\p{L}’'.-]+\s+){1,4}?(?:${finite})\b`, 'iu');
}
const FINITE = 'would|will|was|were|is|are|had|has|have|could|should|can|did|does|must|might';
const ADDS_WORDS = spokenContent('that', `${FINITE}|needs?|wants?`);
// Writing speaks in a venue or to a listener too: "wrote in a blog post", "wrote to the board".
const WRITES_WORDS = spokenContent('that|in|on|to|about|of|back|online|recently|later|earlier|last|this', FINITE);

// "report for duty": coming to work, whatever "report" means elsewhere.
const COMING_TO_WORK = 'duty|work|training|practice|camp';

// Verbs that speak only with certain words after them, by their forms, with the pattern of those
// words (read from just after the verb). Looked up by the verb's form: asked for every verb of every
// sentence, the table answers at once where the forms were tested one pattern after another.
const PARTICLES: [forms: string, words: RegExp][] = [
  // '"called the bill “a disaster”': an object, then the quotation.
  // "called the police" is an action; "called the decision a mistake" judges.
  ['call calls called', /^\s+(for|on|it)\b|^\s+(?:[\w’'-]+\s+){1,5}["“~]|^\s+the\s+(?:(?!and\b)[\w’'-]+\s+){1,8}(?:a|an)\b/i],
  // "Reed dubbed the merger “the new Gannett”", "as Reed dubbed the combination,": a name given;
  // "dubbed" alone after a noun is a participle with no one doing it.
  ['dub dubs dubbed', /^\s+it\b|^\s+(?:[\w’'-]+\s+){1,5}["“‘]|^\s+(?:the|this|that|it|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*[,.;]/i],
  // "voiced concerns that", "voiced support for"; "voiced the character" is acting.
  ['voice voices voiced voicing', /^\s+(?:(?:their|his|her|its|some|strong|growing|serious|deep|public)\s+)?(?:concerns?|support|opposition|doubts?|frustration|fears?|anger|skepticism|scepticism|criticism|disappointment|displeasure|objections?|reservations?|alarm|outrage)\b/i],
  // '"The post reads, “...”"; "The statement reads in part:" before a block quotation.
  ['read reads', /^\s*[,:]?\s*["“]|^\s*(?:,?\s*in\s+(?:part|full)\s*,?)?\s*:\s*$/],
  // "as one analyst put it,", "he put it bluntly:", "she put it this way"; not "put it on hold".
  ['put puts', /^\s+it\s*(?:(?:this|that|another)\s+way\b|(?:\w+ly|best|mildly)\s*[,.:;~"“—–]|[,.:;~"“—–]|$)/i],
  // "will add to the pressure", "the costs add up" are not speech.
  // "added smaller landers to the contract" is an action too.
  // Speech adds a clause or a quotation ("added that", "added, “...”", ", he added.", "added the
  // company would appeal"); with an object it is an action: "added 25 points", "added his seventh goal".
  ['add adds added', ADDS_WORDS],
  // "respond" speaks only with what was said: "if officials respond", "did not respond to requests" do not.
  ['respond responds responded', /^\s*[,:]\s*["“]|^\s+(?:that|by saying|in a statement)\b/i],
  // "the views expressed in the article" is a participle, not someone speaking.
  ['express expresses expressed', /^\s+(?!in\b|by\b|on\b|at\b|here\b|herein\b|therein\b)/i],
  // "admitted that", "admitted it", "admitted to lying"; not "admitted 1.4 million refugees", "admitted to hospital".
  ['admit admits admitted', /^\s+(?:that|it|as much|so|he|she|they|we|I|having|to\s+\w+ing|(?:his|her|their|its)?\s*(?:guilt|wrongdoing|responsibility|mistakes?|errors?|fault|liability))\b|^\s*[,:"“]|^\s*$/i],
  // "as Emily Feng reports for NPR": a reporter reporting for an outlet; "as Fraser Nelson reports in
  // The Telegraph:" and "reports:" introduce the words that follow ("sales reports in the United States
  // showed" do not).
  ['report reports', new RegExp(String.raw`^\s+(that|on|the|a|an|\d)|^\s+for\s+(?!${COMING_TO_WORK})|^\s*:|^\s+in\s+(?:the\s+)?[A-Z][^,;:.]{0,40}(?::|,?\s+that\b)`, 'i')],
  // "staffers who reported for duty" came to work; "as Emily Feng reports for NPR" still reports.
  ['reported reporting', new RegExp(String.raw`^(?!\s+(?:back\s+)?(?:for|to)\s+(?:${COMING_TO_WORK})\b)`, 'i')],
  ['continue continued continues continueds', /^[\s,]*["“]|^\.\s*$/],
  // '“Why?” he asked.': at the end of the sentence it asks the quotation; "asked the court for" acts.
  // A question put to someone asks too: "asked Morrison about concerns", "asked them whether".
  ['ask asks asked', /^\s*[,:"“]|^\s+(?:(?:him|her|them|us|me|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2})\s+)?(?:whether|if|why|how|what|when|where|about)\b|^\s*[.!?]?\s*$/u],
  ['see sees saw', /^\s+(?:[\w’'-]+\s+){0,3}as\b/i],
  // "regard New Zealand – or Aotearoa as it is called – as": the object can be longer.
  ['regard regards regarded', /^\s+(?:[^\s.;]+\s+){0,10}as\b/i],
  // "many people consider article marketing not to be effective", "consider it a mistake"; not
  // "the board will consider the bill".
  ['consider considers', /^\s+(?:that\b|it\s+(?:a|an|the)\b|(?:[^\s.;,]+\s+){1,5}(?:not\s+)?to\s+be\b)/i],
  // The object of a judgement, then "as" and what it is judged to be; "attributed X to" its cause.
  // "viewed the site" and "cited in the report" judge nothing.
  ['view views viewed cite cites cited remember remembers remembered characterise characterises characterised characterize characterizes characterized portray portrays portrayed', /^\s+(?:[^\s.;,]+\s+){1,8}as\s+(?!well\b|soon\b|much\b|long\b|far\b|if\b|though\b|part\b|of\b)/i],
  ['attribute attributes attributed', /^\s+(?:[^\s.;,]+\s+){1,8}to\b/i],
  // "has spoken out about", "spoke about the toxic consequences"; "spoke at the rally" is an event.
  ['speak speaks spoke spoken', /^\s+(?:out|up)\b|^\s+(?:about|against)\s/i],
  // "posted on Telegram that" speaks; "posted the image" is an action.
  ['post posts posted', /^\s+(?:on|that|to|online)\b|^\s*[:,]/i],
  ['point points pointed', /^\s+(?:it\s+|this\s+|that\s+)?out\b/i],
  // "advisers would like to see China agree"; "like" is otherwise a preposition or a taste.
  ['like likes', /^\s+to\s+see\b/i],
  // "Google recommends wiring", "the CDC recommends all individuals get"; not "Highly recommended as".
  ['recommend recommends recommended', /^\s+(?:that|the|a|an|all|every\w*|people|patients|parents|users|against|\w+ing)\b|^\s*[,:"“~]/i],
  // "pleaded with the administration", "begged for"; "pleaded not guilty" is a plea in court.
  ['plead pleads pleaded pled', /^\s+(?:with|for)\b|^\s*[,:"“~]/i],
  // "demanded that", "demands: “...”"; "a region like Delhi demands deployment" is a need.
  ['demand demands demanded', /^\s+that\b|^\s*[,:"“~]/i],
  // "the court ruled that", "ruled in favour of"; not "ruled the country for decades".
  // "has ruled out Taliban involvement": a denial, a stance on what happened.
  ['rule rules ruled', /^\s+(?:that|out|in\s+favou?r|against|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|^\s*[,:]/i],
  // "summed up the danger with a metaphor", "summed it up".
  ['sum sums summed', /^\s+(?:it\s+)?up\b|^\s+(?:[\w’'-]+\s+){1,5}up\b/i],
  // "blamed the delays on", "blamed him for"; "the blame" is a noun (its "the" is caught before).
  ['blame blames blamed', /^\s+(?:[\w’'-]+\s+){0,6}(?:on|for)\b|^\s+on\b/i],
  // "the report states that", "the law states:"; "most promising states" is a noun.
  ['state states', /^\s+that\b|^\s*[,:"“~]/i],
  // "agreed to a rescue", "agreed to return the cash" are actions; "agreed that" is a stance.
  // "wrote that", "wrote in a blog post", "wrote to the board", '" ..." she wrote.'; "wrote hundreds of
  // songs" and "writes software" are work, not words about the story.
  ['write writes wrote', WRITES_WORDS],
  // "agreed a deal to replace Pochettino" is an action too; "agreed with", "agreed that" are views.
  ['agree agreed agrees', /^\s+(?:that|with|on)\b|^\s*[,:;"“~]|^\s*[.!?]?\s*$/i],
  // "expects that", "Industry experts expect interest rates to remain low": a view about what will be.
  // "Edmunds expects 16.6 million vehicles will be sold": a clause with its own modal, "that" left out.
  ['expect expects expected', /^\s+(that|the|a|to|it)\b|^\s+(?:[\p{L}\d’'.-]+\s+){1,4}?to\s+(?!the\b|a\b|an\b)[a-z]+\b|^\s+(?:[\p{L}\d’'.,-]+\s+){1,5}?(?:will|would|could|should|might|may)\s/iu],
  // "Beijing wants Trump to eliminate the tariffs", "wanted the law changed": a stance; "wants a car" is a need.
  ['want wants wanted', /^\s+(?:[\p{L}’'.-]+\s+){1,4}?to\s+(?!the\b|a\b|an\b)[a-z]+\b|^\s+(?:the|a)\s+\w+\s+\w+ed\b/iu],
  // "Nissan is hoping a redesign will pull in buyers", "hoping that": the progressive needs its clause.
  ['hoping', /^\s+(?:that|for|to)\b|^\s+(?:[\p{L}’'-]+\s+){1,9}?(?:will|would|can|could)\b/iu],
];

const PARTICLE_PATTERNS = new Map<string, RegExp>();
for (const [forms, words] of PARTICLES) for (const form of forms.split(' ')) PARTICLE_PATTERNS.set(form, words);

/** "called" attributes only as "called for"/"called on"/"called it": "a group called Ansar" names. */
export function needsParticle(word: string): RegExp | null {
  return PARTICLE_PATTERNS.get(word) ?? null;
}
