/**
 * Page furniture: the lines a news page or a copied page puts around and inside the story that are not the story
 * (advertisement markers, share buttons, sign-up prompts, an agency's credits, copyright lines). One list for every
 * format: the HTML and JSON readers drop such blocks, the plain-text reader marks such lines as metadata.
 */

/**
 * A wire story's credits: "Reporting by Karen Lema in Manila; Editing by Martin Petty" (not "Reporting by the Times
 * found that …": a semicolon or an editor is needed).
 */
export const CREDIT_LINE =
  /^(?=.*(?:;|\bediting by\b))(?:(?:additional |further )?(?:reporting|writing|editing|research|graphics|compiled)(?: and (?:reporting|writing|editing))? by\b[^;]*(?:;\s*|$))+$/i;

/** Longest block that may be page furniture: a story's paragraph can start like one ("Read more …"). */
const MAX_FURNITURE_CHARS = 300;
/**
 * Blocks a news page puts inside the article that are not the story: advertisement markers, share
 * buttons, the agency's credit line and standards note, "Read more" and sign-up prompts, copyright.
 */
const FURNITURE = [
  /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue)(?:[\s·•|:–—-]+(?:advertisement|scroll to continue(?: with content)?))*\.?$/i,
  /^(?:share(?: this(?: article| story)?)?(?: on| via)?\s+(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram)\b[\s,|·•]*)+$/i,
  CREDIT_LINE,
  /^our standards:/i,
  /^(?:read more|related(?: articles| stories| coverage| content)?|more on this story|listen to this article|watch)(?:\s*[:|»›>–—-]|$)/i,
  // "Sign up to our Markets Morning newsletter for the day's biggest stories.", "Subscribe here."
  /^(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:to|for) (?:our|the|a) [\w'’ ]{0,40}(?:newsletters?|briefings?|alerts|updates|emails?)(?:[ ,][^.]{0,100})?)?\.?$/i,
  // "Get our Elections newsletter: results, analysis … delivered every weekday. Sign up now."
  /^get (?:our|the) [\w'’ ]{0,40}newsletters?\b.{0,200}$/i,
  /^(?=.*\b(?:newsletters?|briefing|alerts|inbox)\b).{0,200}\bsign up (?:now|here|today)\.?$/i,
  /^follow us on \w+(?:(?:,| and) \w+)*\.?$/i,
  /^(?:©|\(c\)|copyright)\s/i,
  // A page's skip link and a print-out's page count: "Skip to main content", "Page 1 of 2".
  /^skip to (?:main )?(?:content|navigation|search)$/i,
  /^page \d+ of \d+$/i,
];

/** True for a short block that is page furniture rather than the story (see FURNITURE). */
export function isPageFurniture(text: string): boolean {
  return text.length <= MAX_FURNITURE_CHARS && FURNITURE.some((re) => re.test(text.trim()));
}

