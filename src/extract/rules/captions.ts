// Image captions and credits that are not marked up as <figure>/<figcaption> (those go by tag, see
// elements.ts) but say what they are in their text:
//
//   "China has warned they will cease control of Hong Kong (Image: GETTY )"
//   "The latest case of bubonic plague was reported after a hunter ... rabbitCredit: Getty - Contributor"
//   "(Image credit: Blue Origin)"   "Photo: Damian Dovarganes, AP"   "Alex Wong | Getty Images"
//   "Vicente Aguiar loads garage door trims ... (AP Photo/Alan Diaz, File)"   "© Aaron Schwartz"

const AGENCIES = 'ap|afp|reuters|getty( images)?|epa|shutterstock|istock(photo)?|bloomberg|alamy|pa|rex|dpa|xinhua|anadolu|sipa|nasa|esa|unsplash|pexels|wikimedia( commons)?';

const CREDIT_TAIL = new RegExp(
  // "(Image: GETTY)", "(Photo credit: X)", "(AP Photo/Alan Diaz, File)", "(Joshua Roberts/Reuters)"
  `\\((image|photo|picture|pic|foto|photograph|credit)s?( credit)?\\s*:[^()]*\\)\\s*$` +
    // "(Source: NASA)" under a picture; not a citation after a quote or a figure, which names a
    // publication, a date or a whole body: "(Source: Wall Street Journal, July 31, 2012.)",
    // "(Source: Bureau of Labor Statistics.)". Removing those would take the article's sources out.
    `|\\(sources?\\s*:\\s*[^()\\d.,;:\\s]+( [^()\\d.,;:\\s]+){0,2}\\s*\\)\\s*$` +
    `|\\((${AGENCIES}) photo[^()]*\\)\\s*$` +
    `|\\([^()]{1,60}/\\s*(${AGENCIES})[^()]{0,20}\\)\\s*$` +
    // "...rabbitCredit: Getty - Contributor", "Credit: ESA"
    `|credits?:\\s*[^.:]{1,80}$` +
    // "Alex Wong | Getty Images", "Sakib Ali/Hindustan Times/Getty Images"
    `|[|/]\\s*(${AGENCIES})\\s*$` +
    // "...outside of a co-working space in New York.Reuters": a credit glued to the caption's full stop
    `|\\.(Reuters|Getty( Images)?|AP|AFP|EPA)$`,
  'iu',
);
const CREDIT_HEAD = /^(\(?(image|photo|picture|pic|foto|photograph|illustration|video)s?( credit| by)?\s*:|©\s*\p{L}|photo illustration by|photo by|image by|images? courtesy)/iu;

const MAX_CAPTION_LENGTH = 400;

export function isCaptionText(text: string): boolean {
  if (text.length > MAX_CAPTION_LENGTH) return false;
  return CREDIT_TAIL.test(text) || (text.length <= 150 && CREDIT_HEAD.test(text));
}
