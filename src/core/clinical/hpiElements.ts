// Cue phrases of the HPI elements (OLDCARTS family): where the note states onset, duration, ...
import type { Span } from '../types';
import { clampRegion } from './normalize';
import { mergeSpans } from '../text/spans';
import type { HpiElement } from './types';

const NUM_WORD = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|few|a\s+few|couple(?:\s+of)?|a\s+couple(?:\s+of)?)`;
const NUM = String.raw`(?:\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?|${NUM_WORD}|half\s+an?)`;
/** Time units as written in notes; single letters only right after a number ("x2d", "3h"). */
const UNIT_LONG = String.raw`(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|dys?|wks?|weeks?|mos?|months?|yrs?|years?)`;
const UNIT_ANY = String.raw`(?:${UNIT_LONG}|[hdwmy])`;

const BODY = [
  'chest', 'substernal', 'retrosternal', 'sternal', 'precordial', 'epigastric', 'epigastrium', 'abdomen', 'abdominal',
  'belly', 'stomach', 'periumbilical', 'umbilical', 'suprapubic', 'pelvic', 'pelvis', 'groin', 'flank', 'flanks',
  '(?:lower|upper|low|mid|middle)\\s+back', 'back\\s+(?:pain|ache)', '(?:in|of)\\s+(?:his|her|the|my)\\s+back', 'lumbar', 'thoracic', 'cervical', 'neck', 'head', 'frontal',
  'temporal', 'occipital', 'parietal', 'vertex', 'forehead', 'retro-orbital', 'retroorbital', 'periorbital',
  'behind the eyes?', 'eyes?', 'ears?', 'jaw', 'throat', 'shoulders?', 'arms?', 'elbows?', 'wrists?', 'hands?',
  'fingers?', 'hips?', 'thighs?', 'knees?', 'legs?', 'calf', 'calves', 'ankles?', 'feet', 'foot', 'toes?', 'joints?',
  'scalp', 'sinus(?:es)?', 'rectal', 'rectum', 'perianal', 'testicular', 'scrotal', 'vaginal', 'breasts?',
  'bilateral(?:ly)?', 'unilateral(?:ly)?', 'diffuse(?:ly)?', 'generalized', 'localized', 'all over',
  'upper quadrant', 'lower quadrant', 'RLQ', 'LLQ', 'RUQ', 'LUQ', 'hemicranial', 'band around the head',
];

const PATTERNS: Readonly<Record<HpiElement, readonly string[]>> = {
  onset: [
    String.raw`\b(?:started|starting|starts|began|begun|begins|since|onset|sudden(?:ly)?|gradual(?:ly)?|abrupt(?:ly)?|insidious(?:ly)?|ago|yesterday|came\s+on|comes\s+on)\b`,
    String.raw`\b(?:woke|awoke|awakened|woken)\s+(?:up\s+)?with\b`,
    String.raw`\b(?:last|this)\s+(?:night|evening|morning|afternoon|week|month|year|weekend)\b`,
    String.raw`\bfirst\s+(?:noticed|started|began|experienced|occurred)\b`,
  ],
  duration: [
    String.raw`(?<![\w/])x\s*${NUM}\s*${UNIT_ANY}\b`,
    String.raw`\b(?:for|over|past|last|about|around|approximately|approx\.?|lasting|lasts|lasted)\s+(?:the\s+)?(?:past\s+|last\s+)?${NUM}\s*${UNIT_LONG}\b`,
    String.raw`\b\d+(?:\.\d+)?\s*(?:-|to)?\s*\d*\s*${UNIT_LONG}\b(?!\s*old)(?!-old)`,
    String.raw`\b\d+\s*-\s*(?:day|week|month|hour|year|minute)\b(?!\s*-?\s*old)`,
    // "2h ago", "3d ago": a one-letter unit right after a number, only before "ago" (never "2d" alone, "17 y/o").
    String.raw`\b\d+(?:\.\d+)?\s*[hdwmy]\s+ago\b`,
    String.raw`\b(?:lasting|lasts|lasted|duration)\b`,
    // "since last night", "since 2 am", "started yesterday": how long it has lasted, from when it began.
    String.raw`\b(?:since|started|began)\s+(?:yesterday|last\s+(?:night|evening|week|weekend)|this\s+(?:morning|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))`,
  ],
  location: [
    String.raw`\b(?:${BODY.join('|')})\b`,
    String.raw`\b(?:left|right|lt|rt|L|R)(?:-sided|\s+sided)?\s+(?:side|sided|upper|lower|${BODY.join('|')})\b`,
    // "Throbbing, left-sided, 6/10": the side alone is a location.
    String.raw`\b(?:left|right|one)[-\s]sided\b|\b(?:bilateral|unilateral|bitemporal|bifrontal)\b`,
  ],
  character: [
    String.raw`\b(?:sharp|dull|pressure(?:-like)?|pressing|burning|throbbing|aching|achy|crampy|cramping|stabbing|squeezing|tearing|ripping|pounding|band-?like|tight(?:ness)?|heavy|heaviness|gnawing|colicky|shooting|pulsating|pulsatile|knife-?like|electric(?:al)?|tingling|pins\s+and\s+needles|sore(?:ness)?|stinging|constricting|crushing|vise-?like|productive|dry(?!\s+(?:mouth|skin|eyes?|mucous|mucosa|mm)\b)|racing|fluttering|flutter|spinning|room[\s-]+spinning|thin|gr[ae]y|watery|bloody|spotting|pleuritic)\b`,
    String.raw`\b(?:describes?|described)\s+(?:it\s+|the\s+\w+\s+)?as\b`,
    String.raw`\b(?:feels|felt)\s+like\b`,
  ],
  modifiers: [
    String.raw`\b(?:worse|worsens?|worsened|worsening|better|improves?|improved|improving)\s+(?:with|w/|by|when|after|on|upon|during|while|if|at|in)(?!\w)`,
    String.raw`\b(?:worse|worsens?|worsened|worsening|better|improves?|improved|improving)\s+(?:lying|laying|sitting|standing|bending|leaning)\b`,
    String.raw`\bafter\s+(?:(?:large|big|heavy|fatty|greasy|spicy|fried)\s+)?(?:meals?|eating|food)\b`,
    String.raw`\b(?:relieved|alleviated|aggravated|exacerbated|provoked|precipitated|triggered|brought\s+on|eased|helped)\s+(?:by|with)\b`,
    // "aggrav", "allev": the stems examinees abbreviate to ("non-allev/aggrav", "nothing aggrav or allev sxs").
    String.raw`\b(?:aggrav|allev|exacerbat|reliev|reliefs?\b|provok)\w*`,
    String.raw`\b(?:tried|trying|has\s+taken|took)\b`,
    String.raw`\b(?:nothing|anything)\s+(?:makes?|made)\s+(?:(?:it|them|this|the\s+\w+)\s+)?(?:better|worse)\b`,
    // What sets it off or ends it: "no triggers", "no inciting event", "resolved with stopping the activity".
    String.raw`\b(?:triggers?|triggering|precipitat\w*|precipitants?|inciting)\b`,
    String.raw`\b(?:resolves?|resolved|goes\s+away|went\s+away|subsides?|subsided)\s+(?:with|after|when|by)\b`,
    String.raw`\b(?:makes?|made)\s+(?:it|them|this|the\s+\w+)\s+(?:better|worse)\b`,
    String.raw`\b(?:helps?|helped)\b`,
    String.raw`\b(?:on|with)\s+exertion\b|\bexertional\b|\bat\s+rest\b`,
    // "occurs during exercise and rest", "worse while playing sports": the activity it comes with.
    String.raw`\b(?:during|with|after|while)\s+(?:exercise|exercising|exertion|physical\s+activity|activity|sports?)\b`,
  ],
  associated: [
    String.raw`\b(?:associated\s+with|assoc(?:iated)?\b\.?|a/w|accompanied\s+by|along\s+with|together\s+with|associated\s+symptoms?)`,
    String.raw`\balso\s+(?:reports?|reported|notes?|noted|endorses?|endorsed|complains?|has|had|c/o|admits?)\b`,
    String.raw`\(\+\)|(?<![\w)+])\+(?=\s*[A-Za-z])`,
  ],
  severity: [
    String.raw`(?<![\w/.])(?:\d{1,2}(?:\.\d)?|x)\s*/\s*10\b(?!\s*/\s*\d|\.\d)`,
    String.raw`\b\d{1,2}\s+out\s+of\s+10\b`,
    String.raw`\b(?:mild(?:ly)?|moderate(?:ly)?|severe(?:ly)?|worst|excruciating|unbearable|intense|extreme|slight|minimal|debilitating|incapacitating)\b`,
  ],
  timing: [
    String.raw`\b(?:intermittent(?:ly)?|constant(?:ly)?|continuous(?:ly)?|persistent|episodic|episodes?|nightly|daily|nocturnal|postprandial|post-prandial|waxing\s+and\s+waning)\b`,
    String.raw`\b(?:comes?|coming)\s+and\s+(?:goes|going)\b|\b(?:on\s+and\s+off|off\s+and\s+on)\b`,
    String.raw`\b(?:\d+|once|twice|one|two|three|several|few|many)\s*(?:times?|x)\s*(?:a|an|per|/|each|every)\s*(?:day|week|month|night|hour|d|wk|hr)\b`,
    String.raw`\btimes\s+(?:a|per)\s+(?:day|week|month|night)\b`,
    String.raw`\b(?:once|twice)\s+(?:a|per)\s+(?:day|week|month|night)\b`,
    String.raw`\bevery\s+(?:day|night|morning|evening|\d+\s*\w+)\b`,
    String.raw`\b(?:at|during\s+the|in\s+the)\s+(?:night|morning|evening|nighttime)\b`,
    String.raw`\b(?:after|before|with)\s+(?:meals?|eating|food)\b`,
  ],
  radiation: [
    String.raw`\bradiat\w*`,
    String.raw`\b(?:spreads?|spreading|spread|goes|going|went|moves?|moving|moved|travels?|travell?ing|extends?|extending)\s+(?:down\s+|up\s+|back\s+|over\s+)?(?:to|into)\b`,
    String.raw`\b(?:shoots?|shooting)\s+(?:down|up|to|into|through)\b`,
    String.raw`\b(?:referred)\s+to\b`,
  ],
};

/** Each element's patterns, compiled one by one, in the order of PATTERNS. */
const COMPILED: ReadonlyMap<HpiElement, readonly RegExp[]> = new Map(
  (Object.keys(PATTERNS) as HpiElement[]).map((element) => [element, PATTERNS[element].map((p) => new RegExp(p, 'gi'))]),
);

/** Each element's patterns as one alternation: whether any of them matches takes one scan, not one per pattern. */
const ANY_CUE: ReadonlyMap<HpiElement, RegExp> = new Map(
  (Object.keys(PATTERNS) as HpiElement[]).map((element) => [element, new RegExp(PATTERNS[element].map((p) => `(?:${p})`).join('|'), 'gi')]),
);

/** "L"/"R" for left/right count only in capitals ("L arm"), never the word "r": a lone lowercase l or r. */
function isLowercaseSide(cue: string): boolean {
  const first = cue.charAt(0);
  return (first === 'l' || first === 'r') && !/[A-Za-z]/.test(cue.charAt(1));
}

/** The next cue of `element` that `re` finds in `slice` from its lastIndex, or null when there is none. */
function nextCue(element: HpiElement, re: RegExp, slice: string): RegExpExecArray | null {
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (element === 'location' && isLowercaseSide(m[0])) continue;
    return m;
  }
  return null;
}

function hasCue(element: HpiElement, re: RegExp, slice: string): boolean {
  re.lastIndex = 0;
  return nextCue(element, re, slice) !== null;
}

/**
 * Where `text` (within `region`) states each HPI element. Every element is a key; its spans are
 * sorted, merged where they overlap, and are offsets into `text`.
 */
export function findHpiElements(text: string, region?: Span): Map<HpiElement, Span[]> {
  const r = clampRegion(text, region);
  const slice = text.slice(r.start, r.end);
  const result = new Map<HpiElement, Span[]>();
  for (const [element, regexes] of COMPILED) {
    const spans: Span[] = [];
    for (const re of regexes) {
      re.lastIndex = 0;
      for (let m = nextCue(element, re, slice); m !== null; m = nextCue(element, re, slice)) {
        spans.push({ start: r.start + m.index, end: r.start + m.index + m[0].trimEnd().length });
      }
    }
    result.set(element, mergeSpans(spans));
  }
  return result;
}

/**
 * Which of `elements` `text` (within `region`) states at all, i.e. those findHpiElements gives a span:
 * the HPI rule needs no spans, so each element stops at its first cue.
 */
export function statedHpiElements(text: string, region: Span | undefined, elements: readonly HpiElement[]): Set<HpiElement> {
  const r = clampRegion(text, region);
  const slice = text.slice(r.start, r.end);
  const stated = new Set<HpiElement>();
  for (const element of elements) if (statesElement(element, slice)) stated.add(element);
  return stated;
}

function statesElement(element: HpiElement, slice: string): boolean {
  const any = ANY_CUE.get(element);
  if (!any) return false;
  any.lastIndex = 0;
  const first = any.exec(slice);
  if (first === null) return false;
  // The earliest match of the alternation is its pattern's own first match: if that is a cue, the element is stated.
  if (first[0].length > 0 && !(element === 'location' && isLowercaseSide(first[0]))) return true;
  // Otherwise (a lone lowercase "r") the other patterns decide, each scanned on its own as findHpiElements does.
  return (COMPILED.get(element) ?? []).some((re) => hasCue(element, re, slice));
}
