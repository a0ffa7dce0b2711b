/**
 * The lexicon of reporting cues: verbs (every form written out) and a few multi-word phrases that
 * introduce what someone said. Hand-written for the baseline; a later version may derive it from a
 * lexicon such as the Gender Gap Tracker quote-verb list.
 */
import { DETERMINERS, type Tok } from './lex.ts';

/** Forms of "tell": the object after them is who heard it, never who spoke. */
export const TELL_FORMS: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling']);

export interface CueInfo {
  /** First form of the row, used as the cue's name in diagnostics. */
  lemma: string;
  /** Indirect speech only with a "that"/"whether" clause: "he added that …", not "he added a clause". */
  needsThat: boolean;
  /** May take an object before its clause: "told reporters that …", "warned Iran that …". */
  takesObject: boolean;
  /** Only attributes quoted words ("“…,” he continued"); never indirect speech. */
  directOnly: boolean;
  /**
   * An evaluative verb ("quoted") whose object is an attribution even without quoted words:
   * "Cruz criticized the president’s foreign policy", "She accused him of lying".
   */
  judges: boolean;
  /** A to-infinitive is what was said or meant: "vowed to fight on", "wants to unseat Schultz". */
  takesInfinitive: boolean;
  /** Particles that belong to the cue: "warned of …", "complained about …". */
  particles: readonly string[];
  /**
   * An evaluative verb that reports speech only around quoted words: "Clinton slammed the proposal as
   * “reprehensible”" is a mixed quote, "Clinton slammed the proposal" is not reported speech.
   */
  quotedOnly: boolean;
}

/*
 * One row per verb: all its forms, then flags after `|`. The rows cover the Gender Gap Tracker's
 * English quote-verb list (MIT, sfu-discourse-lab/GenderGapTracker, nlp/english/rules/
 * quote_verb_list.txt), with flags added here, and a few verbs it lacks (demand, believe, show):

 *   that      indirect speech needs a that/whether clause (also verbs with a common non-speech
 *             sense: "maintained a lead", "claimed victory", "denied access")
 *   object    may take an object before the clause
 *   direct    cue for quoted words only, never indirect speech
 *   quoted    cue only next to quoted words (direct, or mixed with a quoted fragment)
 *   judges    with "quoted": also without quoted words, the object is the content ("criticized the plan")
 *   to        a to-infinitive after the cue is its content ("vowed to fight on"); the intention
 *             verbs (want, hope, plan, refuse, decline …) are cues only with it or a that-clause
 *   +of,about particles that join the cue
 */
const VERB_ROWS = `
say says said saying
tell tells told telling                              | that object to
add adds added adding                                | that
stated stating
states                                               | that
explain explains explained explaining
notes noted noting                                   | that
warn warns warned warning                            | object +of,about,against
argue argues argued arguing
insist insists insisted insisting
stress stresses stressed stressing
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
declare declares declared declaring
claims claimed claiming                              | that
ask asks asked asking                                | that object to
replied replying                                     | that
respond responds responded responding                | that
answered                                             | that
write writes wrote written writing                   | that
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting                      | that
suggest suggests suggested suggesting
urge urges urged urging                              | object to
vow vows vowed vowing                                | to
pledge pledges pledged pledging                      | to
promise promises promised promising                  | object to
confirm confirms confirmed confirming
deny denies denied denying                           | that
maintain maintains maintained maintaining            | that
reiterate reiterates reiterated reiterating
recall recalls recalled recalling                    | that
cautioned cautioning                                 | object +against
predict predicts predicted predicting
complain complains complained complaining            | +about,of
concede concedes conceded conceding
observe observes observed observing                  | that
remarked remarking                                   | that
commented commenting                                 | that
continue continues continued continuing              | direct
tweeted tweeting                                     | that
posted                                               | that
assert asserts asserted asserting
contend contends contended contending
allege alleges alleged alleging
charge charges charged charging                      | that
reported reporting
testify testifies testified testifying               | that
mentioned mentioning                                 | that
agree agrees agreed agreeing                         | that to
assure assures assured assuring                      | that object
remind reminds reminded reminding                    | that object
inform informs informed informing                    | that object
boasts boasted boasting
joked joking                                         | that
quipped quipping                                     | that
retort retorts retorted retorting                    | that
countered countering                                 | that
conclude concludes concluded concluding              | that
reveal reveals revealed revealing                    | that
disclose discloses disclosed disclosing              | that
affirm affirms affirmed affirming
reaffirm reaffirms reaffirmed reaffirming
proclaim proclaims proclaimed proclaiming
hinted hinting                                       | that
laments lamented lamenting
threaten threatens threatened threatening            | to
signaled signalled signaling signalling              | that
indicate indicates indicated indicating              | that
shout shouts shouted shouting                        | direct
yell yells yelled yelling                            | direct
exclaim exclaims exclaimed exclaiming                | direct
whisper whispers whispered whispering                | direct
joke jokes quip quips                                | direct
murmur murmurs murmured murmuring                    | direct
laugh laughs laughed                                 | direct
enthuse enthuses enthused enthusing                  | direct
claim                                                | that
reply replies                                        | that
comment comments                                     | that
note                                                 | that
mention mentions                                     | that
tweet tweets                                         | that
report reports                                       | that
state                                                | that
remark remarks                                       | that
accept accepts accepted accepting                    | that
advise advises advised advising                      | that object
clarify clarifies clarified clarifying               | that
convince convinces convinced convincing              | that object
dispute disputes disputed disputing                  | that
demonstrate demonstrates demonstrated demonstrating  | that
ensure ensures ensured ensuring                      | that
estimate estimates estimated estimating              | that
find finds found finding                             | that
highlight highlights highlighted highlighting        | that
illustrate illustrates illustrated illustrating      | that
notify notifies notified notifying                   | that object
reassert reasserts reasserted reasserting
reassure reassures reassured reassuring              | that object
reckon reckons reckoned reckoning                    | that
reconfirm reconfirms reconfirmed reconfirming
restate restates restated restating
retell retells retold retelling                      | direct
think thinks thought thinking                        | that
believe believes believed believing                  | that
show shows showed shown showing                      | that
demand demands demanded demanding                    | that
want wants wanted wanting                            | that to
know knows knew knowing                              | that
fear fears feared fearing                            | that
expect expects expected expecting                    | that to
feel feels felt feeling                              | that
worry worries worried worrying                       | that +about
doubt doubts doubted doubting                        | that
suspect suspects suspected suspecting                | that
wonder wonders wondered wondering                    | that
assume assumes assumed assuming                      | that
hope hopes hoped hoping                              | that to
plan plans planned planning                          | that to
intend intends intended intending                    | that to
refuse refuses refused refusing                      | that to
decline declines declined declining                  | that to
seek seeks sought seeking                            | that to
decide decides decided deciding                      | that to
declaim declaims declaimed declaiming                | direct
preach preaches preached preaching                   | direct
rave raves raved raving                              | direct
persist persists persisted persisting                | direct
read reads                                           | direct
sing sings sang singing                              | direct
opine opines opined opining                          | direct
remember remembers remembered remembering            | direct
exhort exhorts exhorted exhorting                    | direct
chant chants chanted chanting                        | direct
recount recounts recounted recounting                | direct
muse muses mused musing                              | direct
scoff scoffs scoffed scoffing                        | direct
surmise surmises surmised surmising                  | direct
riff riffs riffed riffing                            | direct
vent vents vented venting                            | direct
interject interjects interjected interjecting        | direct
elaborate elaborates elaborated elaborating          | direct
demur demurs demurred demurring                      | direct
gush gushes gushed gushing                           | direct
sigh sighs sighed sighing                            | direct
marvel marvels marveled marvelled marveling          | direct
fume fumes fumed fuming                              | direct
groan groans groaned groaning                        | direct
snap snaps snapped snapping                          | direct
plead pleads pleaded pleading                        | direct
beg begs begged begging                              | direct
confide confides confided confiding                  | direct
brag brags bragged bragging                          | direct
boast                                                | direct
grumble grumbles grumbled grumbling                  | direct
mutter mutters muttered muttering                    | direct
scream screams screamed screaming                    | direct
tease teases teased teasing                          | direct
reason reasons reasoned reasoning                    | direct
tout touts touted touting                            | direct
cheer cheers cheered cheering                        | direct
beam beams beamed beaming                            | direct
thunder thunders thundered thundering                | direct
crow crows crowed crowing                            | direct
gripe gripes griped griping                          | direct
rail rails railed railing                            | direct
call calls called calling                            | quoted
describe describes described describing              | quoted
characterize characterizes characterized characterizing | quoted
portray portrays portrayed portraying                | quoted
reference references referenced referencing          | quoted
echo echoes echoed echoing                           | quoted
pronounce pronounces pronounced pronouncing          | quoted
rated                                                | quoted
pounded pounding                                     | quoted
characterise characterises characterised characterising | quoted
slam slams slammed slamming                          | quoted judges
blast blasts blasted blasting                        | quoted judges
criticize criticizes criticized criticizing          | quoted judges
criticise criticises criticised criticising          | quoted judges
condemn condemns condemned condemning                | quoted judges
denounce denounces denounced denouncing              | quoted judges
decry decries decried decrying                       | quoted judges
bemoan bemoans bemoaned bemoaning                    | quoted judges
dismiss dismisses dismissed dismissing               | quoted
mock mocks mocked mocking                            | quoted judges
praise praises praised praising                      | quoted judges
hail hails hailed hailing                            | quoted judges
label labels labeled labelled labeling labelling     | quoted
brand brands branded branding                        | quoted
liken likens likened likening                        | quoted
laud lauds lauded lauding                            | quoted judges
compare compares compared comparing                  | quoted
admire admires admired admiring                      | quoted
scold scolds scolded scolding                        | quoted judges
deride derides derided deriding                      | quoted judges
ridicule ridicules ridiculed ridiculing              | quoted judges
lambaste lambastes lambasted lambasting              | quoted judges
chide chides chided chiding                          | quoted judges
dub dubs dubbed dubbing                              | quoted
accuse accuses accused accusing                      | quoted judges
endorse endorses endorsed endorsing                  | quoted judges
support supports supported supporting                | quoted judges
oppose opposes opposed opposing                      | quoted judges
defend defends defended defending                    | quoted judges
reject rejects rejected rejecting                    | quoted judges
blame blames blamed blaming                          | quoted judges
attack attacks attacked attacking                    | quoted judges
question questions questioned questioning            | quoted judges
cite cites cited citing                              | quoted judges
`;

/*
 * Multi-word cues, every form written out, then flags as above. "according to" is handled on its own
 * (its speaker follows it), so it is not here.
 */
const PHRASE_ROWS = `
voice concern | voices concern | voiced concern | voicing concern | voice concerns | voices concerns | voiced concerns | voicing concerns
express concern | expresses concern | expressed concern | expressing concern | express concerns | expresses concerns | expressed concerns | expressing concerns
raise concerns | raises concerns | raised concerns | raising concerns
express hope | expresses hope | expressed hope | expressing hope
make clear | makes clear | made clear | making clear | make it clear | makes it clear | made it clear | making it clear
point out | points out | pointed out | pointing out
go on | goes on | went on | going on                        || direct
put it | puts it | putting it                                || direct
call for | calls for | called for | calling for
call on | calls on | called on | calling on
refer to | refers to | referred to | referring to          || quoted judges
point to | points to | pointed to | pointing to            || quoted judges
go after | goes after | went after | gone after | going after || quoted
`;

function parseFlags(flags: string, lemma: string): CueInfo {
  const words = flags.trim().split(/\s+/).filter(Boolean);
  const plus = words.find((w) => w.startsWith('+'));
  return {
    lemma,
    needsThat: words.includes('that'),
    takesObject: words.includes('object'),
    directOnly: words.includes('direct'),
    quotedOnly: words.includes('quoted'),
    takesInfinitive: words.includes('to'),
    judges: words.includes('judges'),
    particles: plus ? plus.slice(1).split(',') : [],
  };
}

const VERBS = new Map<string, CueInfo>();
for (const line of VERB_ROWS.split('\n')) {
  if (!line.trim()) continue;
  const [forms, flags = ''] = line.split('|');
  const list = forms.trim().split(/\s+/);
  const info = parseFlags(flags, list[0]);
  for (const f of list) VERBS.set(f, info);
}

/** Phrases by their first word; each entry is the phrase's words and its info. Longest first. */
const PHRASES = new Map<string, { words: string[]; info: CueInfo }[]>();
for (const line of PHRASE_ROWS.split('\n')) {
  if (!line.trim()) continue;
  const [forms, flags = ''] = line.split('||');
  const list = forms.split('|').map((p) => p.trim().split(/\s+/));
  const info = parseFlags(flags, list[0].join(' '));
  for (const words of list) {
    const bucket = PHRASES.get(words[0]) ?? [];
    bucket.push({ words, info });
    bucket.sort((a, b) => b.words.length - a.words.length);
    PHRASES.set(words[0], bucket);
  }
}

/** Every single-word cue form, for tests and diagnostics. */
export const CUE_VERB_FORMS: ReadonlySet<string> = new Set(VERBS.keys());

export type CueMode = 'direct' | 'indirect';

export interface CueMatch {
  /** Token indices [start, end) of the cue, particle included. */
  start: number;
  end: number;
  info: CueInfo;
}

/**
 * The cue starting at token i, if any. In 'indirect' mode verbs that only introduce quoted words
 * ("continued", "went on") are not cues.
 */
/** Words before "states" that make it the noun: "member states", "Gulf states", "nation states", "island states". */
const STATES_NOUN_BEFORE = new Set(['member', 'gulf', 'baltic', 'arab', 'nation', 'island', 'client', 'border', 'swing', 'battleground', 'other', 'some', 'many', 'all', 'both', 'these', 'those', 'several', 'eu', 'nato', 'african', 'european', 'southern', 'northern', 'western', 'eastern', 'red', 'blue', 'us', 'u.s.']);

/** Words after which "alleged" before a noun is the adjective: prepositions, "and", "or". */
const ADJECTIVE_ALLEGED_BEFORE = new Set(['and', 'or', 'over', 'for', 'of', 'about', 'with', 'into', 'against', 'after', 'despite', 'amid', 'in', 'on', 'by', 'from', 'to']);

/** A people's adjective: "Palestinian", "Jewish", "Chinese", "Islamic", "Israeli". */
const PEOPLE_ADJECTIVE = /(?:an|ish|ese|ic|i)$/;

export function matchCue(toks: Tok[], i: number, mode: CueMode): CueMatch | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  // Most words are no cue: ruled out before the tests below (each of which only ever rules one out).
  if (!VERBS.has(t.norm) && !PHRASES.has(t.norm)) return null;
  // "the United States", "Secretary of State", "the Empire State Building": a capitalised form after
  // a word is inside a name, not a verb.
  const prev = toks[i - 1];
  if (prev?.kind === 'word' && t.text[0] !== t.norm[0]) return null;
  // "“…,” the report said", "From the report:": after a determiner a cue form is a noun.
  if (prev?.kind === 'word' && DETERMINERS.has(prev.norm)) return null;
  // "a Donald Trump tweet", "an Obama statement": after "a"/"an" and a name, a present form is a noun.
  if (prev?.kind === 'word' && prev.text[0] !== prev.norm[0] && !t.norm.endsWith('ed') && !IRREGULAR_VERBAL.has(t.norm)) {
    let k = i - 1;
    while (k > i - 4 && toks[k]?.kind === 'word' && toks[k].text[0] !== toks[k].norm[0]) k--;
    if (toks[k]?.kind === 'word' && (toks[k].norm === 'a' || toks[k].norm === 'an')) return null;
  }
  // "other member states", "the Gulf states": "states" after a noun that takes it is the plural noun; "discusses
  // Palestinian state", "the Jewish state": after a people's adjective, "state" too.
  if ((t.norm === 'state' || t.norm === 'states') && prev?.kind === 'word' &&
    ((t.norm === 'states' && STATES_NOUN_BEFORE.has(prev.norm)) || (prev.text[0] !== prev.norm[0] && PEOPLE_ADJECTIVE.test(prev.norm)))) return null;
  // "protests over the cost of living and alleged police brutality", "charged with alleged fraud": "alleged" after a
  // preposition or "and"/"or" and before a noun is the adjective ("and alleged that …", "and alleged the firm had lied": the verb).
  if (t.norm === 'alleged' && prev?.kind === 'word' && ADJECTIVE_ALLEGED_BEFORE.has(prev.norm) && toks[i + 1]?.kind === 'word' &&
    !DETERMINERS.has(toks[i + 1].norm) && toks[i + 1].norm !== 'that') return null;
  // "Hurricane Melissa, which slammed into Jamaica": a verb of motion, not of criticism.
  if ((t.norm === 'slammed' || t.norm === 'slams' || t.norm === 'slamming' || t.norm === 'slam') && (toks[i + 1]?.norm === 'into' || toks[i + 1]?.norm === 'against')) return null;
  // "Planned Parenthood": nor is one before another capitalised word ("Said Comey, “…”" is a cue).
  const next = toks[i + 1];
  if (t.text[0] !== t.norm[0] && next?.kind === 'word' && next.text[0] !== next.norm[0] && !IRREGULAR_VERBAL.has(t.norm)) return null;
  let match: CueMatch | null = null;
  // (Loops, not every() over PHRASES.get(…) ?? []: this runs for every word of the text.)
  const phrases = PHRASES.get(t.norm);
  for (let q = 0; phrases && q < phrases.length && !match; q++) {
    const { words } = phrases[q];
    let k = 0;
    while (k < words.length && toks[i + k]?.kind === 'word' && toks[i + k].norm === words[k]) k++;
    if (k === words.length) match = { start: i, end: i + words.length, info: phrases[q].info };
  }
  if (!match) {
    const info = VERBS.get(t.norm);
    if (info) match = { start: i, end: i + 1, info };
  }
  if (!match || (mode === 'indirect' && match.info.directOnly)) return null;
  const particle = toks[match.end];
  if (particle?.kind === 'word' && match.info.particles.includes(particle.norm)) match.end++;
  return match;
}

/** "according to" at token i. */
export function isAccordingTo(toks: Tok[], i: number): boolean {
  return toks[i]?.norm === 'according' && toks[i + 1]?.norm === 'to';
}

const IRREGULAR_VERBAL = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'wrote', 'written', 'writes', 'asks']);

/**
 * A cue form that can only be a verb here ("said", "warned", "saying"), unlike forms that are also
 * nouns ("the report", "his claims", "her remarks"). A speaker phrase never contains one.
 */
export function isVerbalCueForm(norm: string): boolean {
  if (!VERBS.has(norm)) return false;
  return IRREGULAR_VERBAL.has(norm) || norm.endsWith('ed') || norm.endsWith('ing');
}
