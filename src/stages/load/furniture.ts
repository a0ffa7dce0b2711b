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

/**
 * The label over a list of links to other stories: "Read more from Sky News:", "Related:", "More on this story",
 * "Also read:". With the links under it in the same block (lines cut at <br>), the whole block is furniture.
 */
const LINK_LIST_LABEL = /^(?:read more|also read|read also|see also|related(?: articles?| stories| story| coverage| content| links)?|more on this (?:story|topic))(?: (?:from|on|about) [\p{L}\p{N}&'’. ]{1,40})?\s*:?$/iu;

/** Whether a line is only the label of a list of links to other stories ("Read more from Sky News:"). */
export function isLinkListLabel(line: string): boolean {
  return line.length <= 60 && LINK_LIST_LABEL.test(line.trim());
}

/** Longest block that may be page furniture: a story's paragraph can start like one ("Read more …"). */
const MAX_FURNITURE_CHARS = 300;
/**
 * Blocks a news page puts inside the article that are not the story: advertisement markers, share
 * buttons, the agency's credit line and standards note, "Read more" and sign-up prompts, copyright.
 */
const FURNITURE = [
  LINK_LIST_LABEL,
  /^(?:advertisement|advert|ad feedback|sponsored(?: content)?|story continues below(?: advertisement)?|scroll to continue)(?:[\s·•|:–—-]+(?:advertisement|scroll to continue(?: with content)?))*\.?$/i,
  /^(?:share(?: this(?: article| story)?)?(?: on| via)?\s+(?:facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram)\b[\s,|·•]*)+$/i,
  CREDIT_LINE,
  // The same credits in brackets, as Reuters pages print them: "(Reporting by Jonathan Saul; Editing by Kirsten Donovan)".
  { test: (text: string) => /^\(.*\)$/.test(text) && CREDIT_LINE.test(text.slice(1, -1)) },
  /^our standards:/i,
  // "doi: 10.1038/s41591-026-04418-2", "https://doi.org/10.1056/NEJMoa2612345": a study's identifier closing a science
  // story, a reference, not a sentence of it.
  /^(?:doi:?\s*|https?:\/\/(?:dx\.)?doi\.org\/)10\.\d{4,9}\/\S+$/i,
  /^(?:read more|also read|read also|related(?: articles?| stories| story| coverage| content)?|more on this story|listen to this article|watch|recommended|most (?:viewed|read|popular))(?:\s*[:|»›>–—-]|$)/i,
  // "Sign up to our Markets Morning newsletter for the day's biggest stories.", "Subscribe here."
  /^(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:to|for) (?:our|the|a) [\w'’ ]{0,40}(?:newsletters?|briefings?|alerts|updates|emails?)(?:[ ,][^.]{0,100})?)?\.?$/i,
  // "Get our Elections newsletter: results, analysis … delivered every weekday. Sign up now."
  /^get (?:our|the) [\w'’ ]{0,40}newsletters?\b.{0,200}$/i,
  /^(?=.*\b(?:newsletters?|briefing|alerts|inbox)\b).{0,200}\bsign up (?:now|here|today)\.?$/i,
  /^follow us on \w+(?:(?:,| and) \w+)*\.?$/i,
  // "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine", "Find more of our coverage
  // at https://…": a link to the outlet's topic page closing a wire story.
  /^(?:follow|find|read|see|get)\b.{0,120}\b(?:coverage|updates|stories|news)\b.{0,80}\bat https?:\/\/\S+$/i,
  // "Sign up for Axios AM to get the news in your inbox.": a newsletter's own sign-up prompt.
  /^(?:sign up|subscribe)\b(?=.{0,200}\b(?:inbox|newsletters?)\b).{0,200}$/i,
  // An opinion page's closing notes: "Editorials represent the views of the Boston Globe Editorial Board. Follow us on
  // Twitter at @GlobeOpinion.", the Guardian's "Do you have an opinion on the issues raised in this article? If you would
  // like to submit a response …", and an interview's "This interview has been condensed and edited for clarity."
  /^editorials? (?:represents?|reflects?) the (?:views?|opinions?) of\b.{0,250}$/i,
  /^(?:do you have an opinion on the issues raised in this article\?|if you would like to submit a (?:letter|response)\b).{0,300}$/i,
  /^this (?:interview|conversation|transcript|q&a|discussion) (?:has been|was) (?:condensed|edited|lightly edited|translated)\b.{0,80}$/i,
  // A newsletter's closing thanks ("Thanks to our editor Mike Zapler and producers …"), an obituary site's "Published
  // by Telegraph Herald on Oct. 29, 2026.", and an opinion page's kicker in capitals above the headline ("EDITORIAL").
  /^thanks to our (?:editors?|producers?)\b.{0,250}$/i,
  /^[Pp]ublished by (?:the )?\p{Lu}[\p{L}.'’& -]{1,50} on \p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}\.?$/u,
  /^(?:EDITORIAL|OPINION|COMMENTARY|OBITUARY)$/,
  // "Follow BBC Kent on Facebook, X and Instagram. Send your story ideas to …"
  /^follow [\w’' ]{1,40} on (?:facebook|x|twitter|instagram|tiktok|youtube|threads|bluesky|linkedin|whatsapp)\b.{0,250}$/i,
  // "Share this: Twitter | LinkedIn | Email", "Link Copied!"
  /^share this(?: article| story| post)?:/i,
  /^link copied!?$/i,
  // A page's date label left without its date ("<ul><li>Published</li></ul>" on BBC pages).
  /^(?:published|updated)$/i,
  // A live page's label in capitals and its list of links to key posts ("2h ago Zelenskyy arrives in Brussels").
  /^LIVE$/,
  /^\d{1,2}\s?(?:h|hr|hrs|m|min|mins|hours?|minutes?) ago\b.{0,200}$/i,
  // A site's search box and footer links: "Search CNN...", "Terms of Use Privacy Policy Ad Choices …".
  /^search [\w .]{0,30}(?:\.\.\.|…)$/i,
  /^terms (?:of use|of service|and conditions)\b.{0,40}\bprivacy\b.{0,250}$/i,
  // Cookie and consent banners: "Your privacy. We use cookies and similar technologies …".
  /^(?=.{0,300}$)(?=.*\bcookies\b)(?:your privacy\b|we use cookies\b|this (?:web)?site uses cookies\b|(?:accept|reject|manage) (?:all )?cookies\b|cookie (?:settings|preferences|policy)\b)/i,
  // Contribution appeals: "Support the Guardian", "Support us with a one-off contribution from just £1",
  // "Before you move on, I wonder if you would consider supporting …", "I hope you appreciated this article."
  // (Phrases of the appeals only: "support the measure" and "make a contribution" are news too.)
  /^support (?:the guardian|us with|our (?:work|journalism|reporting)|independent journalism)\b.{0,250}$/i,
  /^.{0,150}\b(?:would consider supporting|one-off contribution)\b.{0,250}$/i,
  /^i hope you appreciated this article\.?$/i,
  // A book review's shop footer: "… To support the Guardian and Observer, order your copy at guardianbookshop.com."
  /^.{0,200}\border your copy (?:at|from)\b.{0,150}$/i,
  // "While you're here: Every Tuesday, DW editors round up … You can sign up here for the weekly email newsletter."
  /^while you(?:'|’)re here\b.{0,300}$/i,
  // "This post first appeared in our weekly newsletter. Subscribe here", "This article first appeared on The Texas Tribune."
  /^this (?:article|story|post|piece) (?:first |originally )?appeared (?:on|in)\b.{0,250}$/i,
  /^(?:©|\(c\)|copyright)\s/i,
  // A wire service's closing credit in capitals: "SOURCE: AL JAZEERA AND NEWS AGENCIES".
  /^SOURCE: [A-Z0-9 ,.&'’-]+$/,
  // … and with its value in any case ("SOURCE: Al Jazeera and news agencies"), the key in capitals; "Source: …" in
  // sentence case ends with the agencies ("Source: Reuters and news agencies") or is a chart's or a header's line.
  /^SOURCE:\s+\p{Lu}[\p{L}\p{N} ,.&'’-]{1,80}$/u,
  /^source:\s+[\p{L}\p{N} ,.&'’-]{1,60}\band news agencies\.?$/iu,
  // A credit alone on its line: "Edited by: Rana Taha", "Additional reporting by Ian Johnston in London".
  // (No `i` flag: under it \p{Lu} would take "the former chief" for a name; the first word is either case.)
  /^(?:[—–-]{1,2}\s*)?(?:(?:[Aa]dditional |[Ff]urther )?(?:[Rr]eporting|[Ee]dited|[Ee]diting|[Ww]ritten|[Rr]eported|[Cc]ompiled|[Pp]roduced|[Tt]ranslated)(?: and (?:edited|written))? by):?\s+\p{Lu}[\p{L}\p{M}'’. -]{1,60}(?:(?:,|\band\b| in )\s*\p{Lu}[\p{L}\p{M}'’. -]{1,60})*$/u,
  // Picture captions and credits as text: "Photo: The buoys near Eagle Pass in July 2023. (Eric Gay/AP)",
  // "Image source, EPA", "Image caption, Cars were swept away", "… at the plant in Unterlüß © Fabian Bimmer/Reuters".
  /^(?:(?:main|top|header|lead|featured|cover) )?(?:photo|picture|image|photograph)(?: credit)?:\s.{0,250}$/i,
  // "(Top photo: Justin Setterfield/Getty Images)", as The Athletic closes a story.
  /^\((?:top |main |header |lead )?(?:photo|picture|image|photograph)(?: credit)?:\s[^()]{0,200}\)$/i,
  /^image (?:source|caption), .{0,250}$/i,
  /^.{0,250}\s©\s?\p{Lu}[\p{L} .'’-]{1,40}\/[\p{L} .'’-]{2,30}$/u,
  // A line that only separates: "___", "* * *".
  /^(?:[_=*~•·–—-]\s?){3,}$/,
  // A page's skip link and a print-out's page count: "Skip to main content", "Page 1 of 2".
  /^skip to (?:main )?(?:content|navigation|search)$/i,
  /^page \d+ of \d+$/i,
  // Contributors' credits closing a story: "CNN’s Max Foster contributed reporting.", "Associated Press writer Lolita C.
  // Baldor contributed to this report.", "—With assistance from Samuel Dupont", "Elena Márquez reported from
  // Washington, and Ryan Cole from Wichita, Kan.", "By Al Jazeera Staff and news agencies".
  /^.{0,200}\bcontributed (?:reporting|to this (?:report|article|story))(?: from \p{Lu}[^.]{0,60})?\.?$/iu,
  // "Associated Press writers Danica Coto in San Juan, Puerto Rico, and Andrea Rodríguez in Havana contributed."
  /^.{0,100}\b(?:writers?|reporters?|correspondents?|journalists?)\s+\p{Lu}.{0,200}\bcontributed\.?$/u,
  // (Also after two hyphens, as a plain-text copy writes the dash: "--With assistance from Erica Yokoyama.")
  /^[—–-]{0,2}\s*with assistance from\b.{0,200}$/i,
  /^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}reported from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3}(?:,? and (?:\p{Lu}[\p{L}'’.-]+ ){1,3}(?:reported )?from \p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,3})?(?:\.(?: .{0,200})?)?$/u,
  /^by al jazeera staff\b.{0,60}$/i,
  // A print edition's note, an advertisement's skip link, a topic list, a reader call-out's heading, a newsletter box.
  /^a version of this (?:article|story) appears in print\b.{0,300}$/i,
  /^skip advertisement$/i,
  /^see more on:.{0,300}$/i,
  /^(?:have a (?:confidential )?(?:story|tip)[^?]{0,60}\? )?get in touch\.?$/i,
  /^(?:sign up to [\w'’ ]{1,40}|after newsletter promotion)$/i,
  // A newsletter's footer: "You're receiving this because you signed up for …", "Unsubscribe | Manage preferences".
  /^you(?:'|’)re receiving this\b.{0,250}$/i,
  /^was this (?:newsletter|email) forwarded to you\b.{0,200}$/i,
  /^.{0,200}\bunsubscribe\s*[|¦·•]\s*(?:manage|update|view|forward)\b.{0,100}$/i,
  // A desk's funding note: "The Associated Press Health and Science Department receives support from … The AP is
  // solely responsible for all content."
  /^.{0,250}\bis solely responsible for all content\b.{0,200}$/i,
  // A wire's editorial note and end mark (Yonhap's "(ATTN: ADDS details in paras 5-8)", "(END)"), a sign-off
  // ("==Kyodo"), and a reporter's e-mail address alone on its line ("brk@yna.co.kr").
  /^\((?:ATTN|EDITORS?|EDS?|CORRECTS?|UPDATES?|REFILE|LEAD)\b[^()]{0,200}\)$/,
  /^\((?:END|ENDS|MORE)\)$/,
  // Bloomberg's and Reuters' update notes in sentence case, a whole block in brackets: "(Updates with share moves in
  // third paragraph.)", "(Adds analyst comment, details)", "(Corrects spelling of name in second paragraph)".
  /^\((?:Updates|Adds|Corrects|Recasts|Refiles|Rewrites|Clarifies|Writes through)\s(?=[^()]*\b(?:paragraphs?|paras?|grafs?|headline|byline|dateline|throughout|details|comments?|quotes?|shares?|prices?|background|graphics?|charts?)\b)[^()]{1,200}\)$/,
  /^==\s?\p{Lu}[\p{L} ]{1,30}$/u,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  // Reporter-contact and reprint lines closing local and trade pages: "Reach Caleb Stidham at cstidham@… or follow
  // him on X @calebstidham.", "For a reprint of this article, please contact reprints@law360.com."
  /^(?:reach|contact|email|e-mail)\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:at|via|on)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,150}$/iu,
  // The WSJ's closing line: "Write to Justin Lahart at justin.lahart@wsj.com and Konrad Putzier at konrad.putzier@wsj.com".
  /^[Ww]rite to (?:\p{Lu}[\p{L}'’.-]+\s+){1,3}at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:,?(?:\s+and)?\s+(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*\.?$/u,
  /^for (?:a )?reprints? of this (?:article|story)\b.{0,200}$/i,
  // A link to an outlet's topic page as a closing line: "AP NFL: https://apnews.com/hub/nfl".
  /^[\p{L}\p{N}&' ]{1,40}:\s+https?:\/\/\S+$/u,
  // A print edition's line closing the web copy: "Published in Dawn, November 17th, 2026".
  /^[Pp]ublished in (?:the )?\p{Lu}[\p{L}.'’ ]{1,40}, .{0,40}\d{4}\.?$/u,
  // The BBC's local promo closing a regional story: "Listen to highlights from West Yorkshire on BBC Sounds, …".
  /^listen to\b.{0,150}\bon BBC Sounds\b.{0,250}$/i,
  // Anadolu's closing note: "Anadolu Agency website contains only a portion of the news stories offered to subscribers …".
  /^.{0,60}\bwebsite contains only a portion of the news stories\b.{0,250}$/i,
  // A translated story's note: "Translation of an original article published in French on lemonde.fr; …".
  /^translation of an? (?:original )?article (?:published|written)\b.{0,250}$/i,
  /^this (?:article|story) (?:was|has been) translated (?:from|by)\b.{0,250}$/i,
  /^this (?:article|story|post) has been updated\.?$/i,
  // A membership appeal closing the story: "Note from the author:⏎Hi, this is Olena Hrytsenko. … please consider
  // becoming a member of the Kyiv Independent."
  /^note from the (?:author|editors?)\s*:?$/i,
  /^.{0,250}\bplease consider (?:becoming a (?:paid |premium )?(?:member|subscriber|supporter|patron)|supporting (?:us|our (?:work|journalism|newsroom))|subscribing)\b.{0,150}$/i,
  // US local pages: "Estimated read time: 4-5 minutes", "Contributing: Ben Winslow", "Have a news tip? Email …", "Do you
  // know of a business opening …? Email …", "Subscribe to Royal Oak Patch for free local news and alerts.", "Download
  // the 7 Weather app for …", "Meredith Kowalski can be reached at mkowalski@… or 216-555-0142."
  /^estimated read(?:ing)? time:?\s*\d.{0,20}$/i,
  /^[Cc]ontributing(?: writers?| reporters?)?:\s+\p{Lu}[\p{L}\p{M}'’. -]{1,60}(?:(?:,|\band\b)\s*\p{Lu}[\p{L}\p{M}'’. -]{1,60})*$/u,
  /^have a (?:news )?tip\?\s.{0,150}$/i,
  /^do you know (?:of )?.{1,150}\?\s*(?:email|e-mail|send|tell us|let us know|contact)\b.{0,150}$/i,
  /^subscribe to [\p{L}\p{N}&'’ ]{1,40} for (?:free )?.{0,60}\b(?:news|newsletters?|alerts|updates)\b.{0,60}$/iu,
  /^download (?:the|our) .{1,60}\bapp\b.{0,150}$/i,
  /^(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}can be reached (?:at|by email at|via)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,150}$/u,
];

/** True for a short block that is page furniture rather than the story (see FURNITURE). */
export function isPageFurniture(text: string): boolean {
  return text.length <= MAX_FURNITURE_CHARS && FURNITURE.some((re) => re.test(text.trim()));
}


/** A reporter's job, as an author's note names it: "associate editor for Europe", "a Guardian columnist". */
const BIO_JOB = /\b(?:editor|correspondent|reporter|writer|columnist|journalist|contributor|producer|critic|commentator|host|fellow|professor|author|staff writer|bureau chief)s?\b/i;

/**
 * An author's note closing an article: one of the article's authors, by their full name, and what they do
 * ("Sebastian Sprenger is associate editor for Europe at Defense News.", "George Monbiot is a Guardian columnist").
 * `authors` are the article's authors ("Ann Lee, Tom Ray"); a line naming another person is the story's.
 */
export function isAuthorBio(line: string, authors: string | null): boolean {
  const text = line.trim();
  if (!authors || text.length > MAX_FURNITURE_CHARS) return false;
  return authors.split(', ').some((name) => {
    if (!/\s/.test(name) || !text.startsWith(`${name} `)) return false;
    const rest = text.slice(name.length + 1);
    // One sentence or two ("… at Defense News. He lives in Berlin."), the first saying the job.
    const first = rest.split(/(?<=[.!?])\s+/)[0];
    return /^(?:is|was|has been|writes|covers|reports)\b/.test(rest) && BIO_JOB.test(first);
  });
}
