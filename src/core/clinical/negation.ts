// NegEx-family polarity: pre-negation triggers with list scope, post-negation forms ("cough (-)",
// "bleeding: none"), pseudo-negations, scope terminators and "+" affirmation. Also recognizes
// global ROS statements ("ROS otherwise negative") without letting them negate anything, and reads
// the polarity of phrases that say a concept is absent ("feels safe at home").
import type { Span } from '../types';
import type { Polarity } from './mention';
import { damerauLevenshtein, plausibleTypo } from './fuzzy';
import { clampRegion, tokenize, type Token } from './normalize';
import { endsClause, isSentenceEnd, wrapsList } from './clauseBounds';
import { stateHasLapsed, type StateConcept } from './lapsedStates';
import { MINUS_SIGNS, minusLineMentions } from './signedLines';
import { knownWordId, lexiconWordId, PerWord } from '../text/wordIds';

/** Words a pre-negation scope may run past the trigger or the last list item. */
export const NEGATION_WINDOW = 8;

type PostRole = 'none' | 'loose' | 'strict';

interface Cue {
  pre: boolean;
  /** loose: always a post-negation right after a term; strict: only when nothing follows it. */
  post: PostRole;
  pseudo: boolean;
  terminator: boolean;
  affirm: boolean;
  /** A verb terminator ("reports", "has"): right after a verbal trigger it is that trigger's verb. */
  verb: boolean;
}

const PRE = [
  'no', 'not', 'denies', 'denied', 'deny', 'denying', 'negative for', 'neg for', 'negative for any',
  'without', 'w/o', '(-)', '-ve', 'absence of', 'absent', 'free of', 'never', 'none', 'nor', 'neither',
  'no h/o', 'no hx of', 'no history of', 'no c/o', 'no complaints of', 'no complaint of', "doesn't",
  "doesn't have", 'does not', 'does not have', 'did not', "didn't", "don't", 'do not', 'not experiencing',
  'has not', "hasn't", 'have not', "haven't", 'never had', 'never has', 'never has had', 'has never had',
  'has not had', 'have not had', "hasn't had", "haven't had", 'not had', 'denies having', 'denies having had',
  'negative:', 'neg:', 'pertinent negatives', 'pertinent negative', 'pertinent negatives include', 'negatives',
  '(−)', '(–)', 'no signs of', 'no sign of', 'no evidence of', 'no e/o',
  'no episodes of', 'no new', 'no recent', 'no other', 'no hx', 'no h/o of', 'no personal or family history of',
  'no family history of', 'no fhx of', 'no fh of', 'fails to reveal', 'not have', 'no longer', 'neg', 'negative', 'non',
  // Apostrophe left out, or the space, as typed in a hurry.
  'dont', 'doesnt', 'didnt', 'hasnt', 'havent', 'denes', 'deneis', 'donot', 'doesnot', 'didnot', 'hasnot', 'havenot',
  "isn't", "wasn't", "aren't", "weren't", 'isnt', 'wasnt', 'arent', 'werent', 'nobody', 'noone', 'denys', 'dosent', 'doesent', 'negates', "ain't", 'aint', 'nothing with',
  'none of', 'free from', 'lack of', 'lacks', 'lacking', 'is negative for', 'was negative for', 'are negative for',
  'were negative for',
  // Only the mention right after them (PREFIX_CUES): "normal energy level", "good appetite".
  'normal', 'good',
];
const POST_LOOSE = ['(-)', '(−)', '(–)', '-ve', 'absent', 'not present', 'denied', 'not reported', 'was negative', 'is negative', 'were negative', 'are negative', 'not been seen', 'not been noticed', 'has not been seen', 'have not been seen', 'has not been noticed', 'have not been noticed', 'is denied', 'are denied', 'was denied', 'were denied'];
const POST_STRICT = [
  'no', 'none', 'neg', 'negative', 'nil', 'denies',
  // What is normal is not abnormal: "energy level is good", "sleep: normal", "appetite fine".
  'good', 'normal', 'fine', 'ok', 'okay', 'wnl', 'within normal limits',
];
const PSEUDO = [
  'no change', 'no changes', 'no significant change', 'no significant changes', 'not only', 'no increase',
  'not necessarily', 'no further', 'not certain if', 'not certain whether', 'not sure if', 'not sure whether',
  'gram negative', 'gram-negative', 'without difficulty', 'not ruled out', 'not been ruled out', 'no doubt',
  'not otherwise specified', "isn't sure", "wasn't sure", 'isnt sure', 'wasnt sure',
];
/** Words that name the patient as the subject of a clause. */
const PATIENT_SUBJECTS = ['he', 'she', 'they', 'pt', 'patient'];
const TERMINATORS = [
  'but', 'however', 'although', 'though', 'yet', 'positive for', 'pos for', 'except', 'aside from', 'apart from',
  'which', 'who', 'secondary to', 'other than', 'besides', 'pertinent positives', 'positives',
  // "denies side effects of the inhaler": the negation is about the effects, not what causes them.
  'effects of', 'effect of', 'effects from', 'effect from',
  // "no temporal relation to the caffeine": the relation is denied, not what it relates to.
  'relation to', 'relation with', 'relationship to', 'relationship with', 'correlation to', 'correlation with',
  'connection to', 'connection with', 'related to', 'relation between', 'correlation between',
  // "with no PMH presenting with chest pain", "no PMH, here for evaluation of cough".
  'presenting', 'here for', 'comes in', 'came in', 'coming in', 'seen for', 'evaluation of', 'evaluated for',
  // A subordinate clause with its own subject: "no wheezing when he uses the inhaler".
  ...['when', 'while', 'because', 'since', 'after', 'before', 'until', 'if'].flatMap((c) =>
    [...PATIENT_SUBJECTS, 'the patient'].map((s) => `${c} ${s}`),
  ),
];
/**
 * Verbs that open an affirmed clause ("denies fever, reports chills"), except right after a
 * verbal trigger, whose verb they are: "does not report fever", "did not notice a rash", "no
 * reported chills", "do not has cough" (sic).
 */
const VERB_TERMINATORS = [
  'reports', 'report', 'reported', 'reporting', 'endorses', 'endorsed', 'endorsing', 'endorse', 'admits', 'admitted',
  'admits to', 'c/o', 'complains', 'complained', 'complaining', 'complains of', 'states', 'stated', 'notes', 'noted',
  'describes', 'presents', 'presented', 'still has', 'now has', 'has had', 'has', 'experiences', 'experienced', 'feels',
  'felt', 'feeling like', 'feels like', 'felt like',
];
const AFFIRM = ['+', '(+)', '+ve', 'positive', 'pos'];

interface CueNode {
  /** Keyed by word id (text/wordIds.ts). */
  readonly children: Map<number, CueNode>;
  cue: Cue | null;
}

function cueNode(): CueNode {
  return { children: new Map(), cue: null };
}

/** Every word of a cue phrase, gathered as the cue trie is built. */
const CUE_WORDS = new Set<string>();

const CUE_ROOT: CueNode = (() => {
  const root = cueNode();
  const add = (phrases: readonly string[], set: (c: Cue) => void): void => {
    for (const p of phrases) {
      let node = root;
      for (const t of tokenize(p)) {
        CUE_WORDS.add(t.lower);
        const key = lexiconWordId(t.lower);
        let next = node.children.get(key);
        if (!next) {
          next = cueNode();
          node.children.set(key, next);
        }
        node = next;
      }
      node.cue ??= { pre: false, post: 'none', pseudo: false, terminator: false, affirm: false, verb: false };
      set(node.cue);
    }
  };
  add(PRE, (c) => (c.pre = true));
  add(POST_STRICT, (c) => (c.post = 'strict'));
  add(POST_LOOSE, (c) => (c.post = 'loose'));
  add(PSEUDO, (c) => (c.pseudo = true));
  add(TERMINATORS, (c) => (c.terminator = true));
  add(VERB_TERMINATORS, (c) => {
    c.terminator = true;
    c.verb = true;
  });
  add(AFFIRM, (c) => {
    c.affirm = true;
    c.terminator = true;
  });
  return root;
})();

/** Triggers whose misspellings (one plausible typo) still trigger: "deneis", "dneies", "negtive". */
const MISSPELT_TRIGGERS = ['denies', 'negative'];
/** Near spellings that are also first names: a trigger only when not written as a name ("Denise"). */
const NAME_SPELLINGS = new Set(['denis', 'denise']);

/** The trigger a word is a plausible misspelling of ("deneis" → "denies"), or null. */
function misspeltTrigger(w: string): string | null {
  // Cheap filters first: this runs once per distinct word.
  if (w.length < 5 || w.length > 9 || (w[0] !== 'd' && w[0] !== 'n') || CUE_WORDS.has(w)) return null;
  return MISSPELT_TRIGGERS.find((t) => damerauLevenshtein(w, t, 1) <= 1 && plausibleTypo(w, t)) ?? null;
}

/** The cue-trie key of a word by its text: its id, or the id of the trigger it misspells. */
function cueKeyOfText(lower: string): number {
  return knownWordId(misspeltTrigger(lower) ?? lower);
}

const CUE_KEY = new PerWord(cueKeyOfText);

/** The cue trie's first-level node a word leads to, by its text alone (a name's spelling needs its letter case). */
const FIRST_CUE_NODE = new PerWord<CueNode | null>((lower) => CUE_ROOT.children.get(cueKeyOfText(lower)) ?? null);

function firstCueNode(tok: Token): CueNode | undefined {
  if (NAME_SPELLINGS.has(tok.lower)) return CUE_ROOT.children.get(cueKey(tok));
  return FIRST_CUE_NODE.of(tok) ?? undefined;
}

/** The cue-trie key of a token: its word's id, or the trigger it misspells unless written as a name ("Denise"). */
function cueKey(tok: Token): number {
  if (NAME_SPELLINGS.has(tok.lower) && /^\p{Lu}\p{Ll}/u.test(tok.text)) return tok.id;
  return CUE_KEY.of(tok);
}

const BULLETS = new Set(['-', '*', '•', '–']);

/** Pre-negation words that, followed by a comma or stop, are the value of the item before them. */
const VALUE_CUES = new Set(['none', 'negative', 'neg', 'denied', 'absent']);
/** Words between a trigger and the verb it negates: "denies that she has", "does not think he has". */
/** Nouns of a time the negation is about: "never had a time when he felt high" denies the feeling. */
const TIME_NOUNS = new Set(['time', 'times', 'episode', 'episodes', 'period', 'periods', 'point', 'occasion', 'occasions', 'moment', 'moments', 'spell', 'spells']);
/** Words before such a noun that make it any time at all, not a time already named. */
const ANY_TIME = new Set(['a', 'an', 'any', 'no', 'one', 'ever']);
/** Words that open a clause describing such a time. */
const TIME_CLAUSE_OPENERS = new Set(['when', 'where', 'that', 'during', 'in']);
const VERB_SUBJECTS = new Set([...PATIENT_SUBJECTS, 'that', 'the', 'ever', 'think', 'believe', 'feel']);
/** Triggers that negate only the mention they stand right before. */
const PREFIX_CUES = new Set(['non', 'normal', 'good']);
/** Words before a value word that make it a verb: "the patient denied, ...". */
const SUBJECTS = new Set([...PATIENT_SUBJECTS, 'also']);
/** Verbs that, right after a comma, open a new affirmed list item. */
const CLAUSE_VERBS = new Set([
  'takes', 'take', 'taking', 'uses', 'use', 'using', 'drinks', 'drank', 'smokes', 'started', 'tried', 'tries', 'lives', 'works',
  'plays', 'does', 'did',
]);

/** Words that, right after a comma, open an affirmed item: "no vomiting, just nausea", "without fever, with chills". */
const ITEM_OPENERS = new Set(['just', 'only', 'with', 'but']);
/** Modifiers opening a list item that make it a statement: "no fever, mild cough", "no tobacco, social alcohol use". */
const ASSERTING_MODIFIERS = new Set([
  'mild', 'moderate', 'severe', 'some', 'occasional', 'occasionally', 'occ', 'social', 'socially', 'rare', 'rarely',
  'daily', 'regular', 'regularly', 'frequent', 'frequently', 'heavy', 'intermittent', 'intermittently',
]);
/** How often, after a list item's mention: "ETOH on weekends", "marijuana once", "drinks 3 beers/week". */
const FREQUENCY_WORDS = new Set([
  'once', 'twice', 'occasionally', 'occasional', 'socially', 'daily', 'weekly', 'nightly', 'regularly', 'weekends',
  'weekend', 'tried', 'used',
]);
const QUANTITY_UNITS = new Set(['times', 'x', 'beers', 'beer', 'drinks', 'drink', 'cups', 'cup', 'cans', 'glasses', 'packs', 'pack', 'ppd', 'joints', 'cigarettes']);
// Not "d": "n/v/d" is diarrhea.
const PER_PERIODS = new Set(['day', 'week', 'wk', 'weeks', 'month', 'night', 'weekend']);

/**
 * Whether the list item [from, itemEnd) holding the mention at tokens [s, e) says how often or how
 * much or opens with a verb (then it is a statement of its own, not one more negated item): a
 * modifier before the mention ("occasional", "mild"), a frequency after it, up to the next comma, or
 * a mention that starts with a verb ("drinks socially").
 */
function assertedItem(tokens: readonly Token[], from: number, s: number, e: number): boolean {
  // "no tobacco, or regular drug use": "or" carries the negation on.
  for (let q = from; q < s; q++) if ((tokens[q] as Token).lower === 'or' || (tokens[q] as Token).lower === 'nor') return false;
  // "no smoking, drinks socially": an item opened by a verb is a clause of its own.
  if (s === from && CLAUSE_VERBS.has((tokens[s] as Token).lower)) return true;
  for (let q = Math.max(from, s - 3); q < s; q++) if (ASSERTING_MODIFIERS.has((tokens[q] as Token).lower)) return true;
  let counted = false;
  for (let q = e; q < tokens.length && q < e + 6; q++) {
    const tok = tokens[q] as Token;
    if (tok.newlineBefore || tok.text === ',' || isSentenceEnd(tokens, q)) break;
    const w = tok.lower;
    if (FREQUENCY_WORDS.has(w) || /^(?:\d+x|x\d+)$/.test(w)) return true;
    // A number then a unit or a period: "3-4 beers", "2 per week", "3/wk" (not "chills/night sweats").
    if (/^\d/.test(w)) counted = true;
    else if (counted && (QUANTITY_UNITS.has(w) || ((w === 'per' || w === '/') && PER_PERIODS.has(tokens[q + 1]?.lower ?? '')))) return true;
  }
  return false;
}

interface FoundCue {
  readonly start: number;
  readonly end: number;
  readonly cue: Cue;
}

/** Token index ranges [start, end) of the mention spans. */
function mentionTokenRanges(tokens: readonly Token[], spans: readonly Span[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let t = 0;
  for (const s of spans) {
    while (t < tokens.length && (tokens[t] as Token).start < s.start) t++;
    let e = t;
    while (e < tokens.length && (tokens[e] as Token).end <= s.end) e++;
    out.push([t, Math.max(e, t)]);
  }
  return out;
}

/** A mention span. The matcher's spans also carry the concepts they stand for, as the lexicon has them. */
export interface PolaritySpan extends Span {
  readonly concepts?: readonly StateConcept[];
}

/**
 * Polarity of each span (mentions already found in `tokens`), in order. Spans must be sorted by
 * start and must not overlap; equal spans get equal polarity.
 */
export function polaritiesForTokens(
  text: string,
  tokens: readonly Token[],
  spans: readonly PolaritySpan[],
  options: PolarityOptions = {},
): Polarity[] {
  const n = tokens.length;
  const polarity: Polarity[] = spans.map(() => 'affirmed');
  if (n === 0 || spans.length === 0) return polarity;
  const ranges = mentionTokenRanges(tokens, spans);
  const mentionAt = new Int32Array(n).fill(-1);
  ranges.forEach(([s, e], k) => {
    for (let t = s; t < e; t++) if (mentionAt[t] === -1) mentionAt[t] = k;
  });
  const region = { start: (tokens[0] as Token).start, end: (tokens[n - 1] as Token).end };
  const globals = findGlobalNegativeStatements(text, region, tokens);
  const pass: PolarityPass = {
    tokens,
    spans,
    ranges,
    mentionAt,
    cueAt: findCues(tokens, mentionAt),
    polarity,
    forced: new Array<boolean>(spans.length).fill(false),
    usedAsPost: new Set<number>(),
    dashNegated: new Set<number>(),
  };
  if (options.signedLines) for (const k of minusLineMentions(text, tokens, ranges, pass.mentionAt)) pass.dashNegated.add(k);
  applyDirectCues(pass);
  applyPreScopes(pass, globals);
  negateLapsedStates(pass);
  shareSpanPolarity(spans, polarity);
  return polarity;
}

/** How a region is read. */
export interface PolarityOptions {
  /** The region is a History, where a line "- headache" among signed lines is a minus, not a bullet. */
  readonly signedLines?: boolean;
}

/** What the passes over one region's mentions read and write. */
interface PolarityPass {
  readonly tokens: readonly Token[];
  readonly spans: readonly PolaritySpan[];
  /** Token range [start, end) of each mention. */
  readonly ranges: ReadonlyArray<readonly [number, number]>;
  /** The mention each token belongs to, -1 for none. */
  readonly mentionAt: Int32Array;
  /** The cue starting at each token, if one does. */
  readonly cueAt: ReadonlyArray<FoundCue | undefined>;
  readonly polarity: Polarity[];
  /** Mentions settled by a cue right at them ("fever (-)", "+ chills", "-nausea"): no scope changes them. */
  readonly forced: boolean[];
  /** Tokens of the cues read as post-negations: they open no scope. */
  readonly usedAsPost: Set<number>;
  /** Mentions negated by a "-" of a review-of-systems list ("ROS: -fever, chills"). */
  readonly dashNegated: Set<number>;
}

/** 1. Cues, leftmost-longest, never inside a mention: the cue starting at each token. */
function findCues(tokens: readonly Token[], mentionAt: Int32Array): Array<FoundCue | undefined> {
  const n = tokens.length;
  const cueAt: Array<FoundCue | undefined> = new Array<FoundCue | undefined>(n);
  for (let t = 0; t < n; ) {
    if (mentionAt[t] !== -1) {
      t++;
      continue;
    }
    // Most tokens start no cue: their first step is read from a table by word id.
    let node: CueNode | undefined = firstCueNode(tokens[t] as Token);
    let best: FoundCue | null = node?.cue ? { start: t, end: t + 1, cue: node.cue } : null;
    for (let p = t + 1; p < n && node; p++) {
      if (mentionAt[p] !== -1) break;
      node = node.children.get(cueKey(tokens[p] as Token));
      if (node?.cue) best = { start: t, end: p + 1, cue: node.cue };
    }
    if (best) {
      cueAt[t] = best;
      t = best.end;
    } else {
      t++;
    }
  }
  return cueAt;
}

/** 2. Cues right at a mention: a dash list item, a "+" before or after it, a post-negation after it. */
function applyDirectCues(pass: PolarityPass): void {
  const { tokens, ranges, polarity, forced, dashNegated } = pass;
  for (const k of dashListItems(tokens, ranges)) dashNegated.add(k);
  ranges.forEach(([s, e], k) => {
    if (s >= e) return;
    if (dashNegated.has(k)) {
      polarity[k] = 'negated';
      forced[k] = true;
      return;
    }
    const before = precedingCue(pass.cueAt, s);
    if (before?.cue.affirm && !(tokens[s] as Token).newlineBefore) {
      forced[k] = true;
      return;
    }
    applyPostCue(pass, k);
  });
}

/** The cue ending right before token `s`, up to three tokens back. */
function precedingCue(cueAt: ReadonlyArray<FoundCue | undefined>, s: number): FoundCue | undefined {
  for (let q = s - 1; q >= 0 && q >= s - 3; q--) {
    const c = cueAt[q];
    if (c) return c.end === s ? c : undefined;
  }
  return undefined;
}

/** Words and marks between a mention and its post cue: "fever: no", "cough was negative", "Chest pain? No.". */
const POST_LINKS = new Set([':', '-', '=', '–', '—', '?', '(', 'was', 'is', 'were', 'are', 'been', 'has', 'have']);

/** A "+" or a post-negation after mention k: "fever +", "cough (-)", "nausea: no". */
function applyPostCue(pass: PolarityPass, k: number): void {
  const { tokens, mentionAt, cueAt, polarity, forced, usedAsPost } = pass;
  const e = (pass.ranges[k] as readonly [number, number])[1];
  let reach = e + 4;
  let plural = false;
  for (let p = e; p < tokens.length && p < reach; ) {
    const tok = tokens[p] as Token;
    if (tok.newlineBefore || mentionAt[p] !== -1) return;
    const c = cueAt[p];
    if (c) {
      // "fever +" / "fever (+)," affirm fever; in "fever + chills" the "+" belongs to chills.
      const glued = !tok.spaceBefore && (tokens[c.end]?.spaceBefore ?? true);
      if (c.cue.affirm && p === e && (glued || endsClause(tokens, c.end))) {
        forced[k] = true;
        usedAsPost.add(p);
      } else if (c.cue.post === 'loose' || (c.cue.post === 'strict' && endsClause(tokens, c.end))) {
        polarity[k] = 'negated';
        forced[k] = true;
        usedAsPost.add(p);
        negateSlashJoinedBefore(pass, k);
        // "ringing and ear fullness are absent": a plural verb denies the items coordinated before it.
        if (plural || PLURAL_VERBS.has(tok.lower)) negateCoordinatedBefore(pass, k);
      }
      return;
    }
    // "Travel/Trauma/Hosp: none": words slash-joined to the item share its value.
    if (isSlashJoinedWord(pass, p)) {
      p += 2;
      reach += 2;
      continue;
    }
    if (!POST_LINKS.has(tok.lower)) return;
    if (PLURAL_VERBS.has(tok.lower)) plural = true;
    p++;
  }
}

const PLURAL_VERBS = new Set(['are', 'were']);
const COORDINATORS = new Set(['and', 'or', 'nor', ',', '&']);

/** Mentions before k joined to it by "and", "or" or commas only: "ringing and ear fullness". */
function negateCoordinatedBefore(pass: PolarityPass, k: number): void {
  const { tokens } = pass;
  negateJoinedBefore(pass, k, (from, to) => {
    for (let t = from; t < to; t++) if (!COORDINATORS.has((tokens[t] as Token).lower)) return false;
    return true;
  });
}

/**
 * Negates the mentions before k, back from it, while the tokens between each and the next one
 * [from, to) join them (`joins`) and no cue right at a mention settled it.
 */
function negateJoinedBefore(pass: PolarityPass, k: number, joins: (from: number, to: number) => boolean): void {
  const { ranges, polarity, forced } = pass;
  for (let j = k - 1, start = (ranges[k] as readonly [number, number])[0]; j >= 0; j--) {
    const [js, je] = ranges[j] as readonly [number, number];
    // Mentions of one span (an abbreviation of two concepts) go with it.
    if (js === start) continue;
    if (je >= start || forced[j] || !joins(je, start)) break;
    polarity[j] = 'negated';
    forced[j] = true;
    start = js;
  }
}

/** A "/" at token p glued to a word that names nothing: "Hosp" in "Trauma/Hosp". */
function isSlashJoinedWord(pass: PolarityPass, p: number): boolean {
  const slash = pass.tokens[p] as Token;
  const word = pass.tokens[p + 1];
  return slash.text === '/' && !slash.spaceBefore && !!word && word.isWord && !word.spaceBefore && pass.mentionAt[p + 1] === -1;
}

/** "nausea/vomiting: no": the value after mention k is that of the whole slash-joined item. */
function negateSlashJoinedBefore(pass: PolarityPass, k: number): void {
  const { tokens } = pass;
  negateJoinedBefore(pass, k, (from, to) => to === from + 1 && tokens[from]?.text === '/');
}

/** 3. Pre-negation scopes, except those of triggers inside a global ROS statement. */
function applyPreScopes(pass: PolarityPass, globals: readonly Span[]): void {
  const { tokens, cueAt, usedAsPost } = pass;
  const insideGlobal = (c: FoundCue): boolean => {
    const a = (tokens[c.start] as Token).start;
    const b = (tokens[c.end - 1] as Token).end;
    return globals.some((g) => g.start <= a && b <= g.end);
  };
  for (let t = 0; t < tokens.length; t++) {
    const c = cueAt[t];
    if (!c || !c.cue.pre || usedAsPost.has(t) || insideGlobal(c)) continue;
    negateWhatTriggerGoverns(pass, c);
  }
  // "ROS: -weight loss, palpitations, skin changes": a minus opening a list covers the unsigned
  // items after it, as "denies" would, up to the next sign.
  for (const k of pass.dashNegated) negateScope(pass, (pass.ranges[k] as readonly [number, number])[1], false);
}

/** The mention right after a prefix trigger ("non-smoker"), else the mentions of the trigger's scope. */
function negateWhatTriggerGoverns(pass: PolarityPass, c: FoundCue): void {
  const { tokens } = pass;
  const single = c.end === c.start + 1;
  const word = (tokens[c.start] as Token).lower;
  const valueWord = single && VALUE_CUES.has(word) && !SUBJECTS.has(tokens[c.start - 1]?.lower ?? '');
  // "PSH none, FHx father MI": a value word closing its item negates nothing after it; "the
  // patient denied, cough, ..." is the verb, with a stray comma.
  if (valueWord && /^[,;.]$/.test(tokens[c.end]?.text ?? '')) return;
  // "non" is a prefix: "non-smoker", "non bloody", but not "non-prescription stimulants"; so are
  // "normal" and "good" ("normal energy level").
  if (single && PREFIX_CUES.has(word)) {
    const q = tokens[c.end]?.text === '-' ? c.end + 1 : c.end;
    const k = pass.mentionAt[q] ?? -1;
    if (k !== -1 && !pass.forced[k]) pass.polarity[k] = 'negated';
    return;
  }
  negateScope(pass, c.end, valueWord, NEGATED_SUBJECTS.has(word) || (word === 'no' && tokens[c.end]?.lower === 'one'));
}

/** Triggers that are the subject of their clause: its verb is theirs ("nobody in the family has died suddenly"). */
const NEGATED_SUBJECTS = new Set(['nobody', 'noone']);

/**
 * Negates the mentions of a pre-negation scope starting at token `from`, right after its trigger,
 * up to a terminator, a sentence end, an affirmed list item or NEGATION_WINDOW words past the
 * trigger or the last mention. A value word ("denied") takes no verb after it.
 */
function negateScope(pass: PolarityPass, from: number, valueWord: boolean, subjectTrigger = false): void {
  const { tokens, mentionAt, cueAt, usedAsPost } = pass;
  const n = tokens.length;
  let p = from;
  const first = tokens[p];
  // "Denies: fever, chills"; a header ending its line takes the bulleted lines under it.
  let header = false;
  if (first && first.text === ':' && !first.newlineBefore) {
    p++;
    header = tokens[p]?.newlineBefore ?? false;
  }
  let verbSlot = afterSubject(pass, p);
  // A subject trigger's own verb comes after the words that say who: "no one in his family has".
  let subjectVerbFree = subjectTrigger;
  let words = 0;
  // Start of the current comma-separated item, when it is not the first one of the scope.
  let itemStart = -1;
  while (p < n) {
    const tok = tokens[p] as Token;
    if (tok.newlineBefore && !wrapsList(tokens, p)) {
      if (!header || !BULLETS.has(tok.text)) break;
      p++;
      words = 0;
      continue;
    }
    const k = mentionAt[p] as number;
    if (k !== -1) {
      const e = (pass.ranges[k] as readonly [number, number])[1];
      // "no tobacco, occasional alcohol": a later list item that says how often is asserted.
      if (itemStart !== -1 && assertedItem(tokens, itemStart, p, e)) break;
      itemStart = -1;
      negateMention(pass, k);
      p = e;
      words = 0;
      continue;
    }
    if (TIME_CLAUSE_OPENERS.has(tok.lower) && TIME_NOUNS.has(tokens[p - 1]?.lower ?? '') && ANY_TIME.has(tokens[p - 2]?.lower ?? '')) {
      // "never had a time when he felt invincible": the clause's verb is the negated verb ("no chest
      // pain at the time when he fainted" dates the denial and does not deny the fainting).
      p++;
      if (tokens[p]?.lower === 'which') p++;
      verbSlot = afterSubject(pass, p);
      continue;
    }
    const inner = cueAt[p];
    if (inner && !usedAsPost.has(p)) {
      // "does not report fever", "denies that she has fever": a verb right after a verbal trigger
      // (and its subject) is negated with what follows.
      const subjectVerb = inner.cue.verb && subjectVerbFree;
      if (subjectVerb) subjectVerbFree = false;
      const triggersVerb = inner.cue.verb && (p === verbSlot || subjectVerb) && !valueWord;
      if ((inner.cue.terminator || inner.cue.affirm) && !triggersVerb) break;
      p = inner.end;
      // "denies feeling like she has chills": verbs in a chain.
      if (triggersVerb) verbSlot = afterSubject(pass, p);
      continue;
    }
    if (isSentenceEnd(tokens, p) || opensAffirmedItem(tokens, p)) break;
    if (tok.isWord && ++words > NEGATION_WINDOW) break;
    if (tok.text === ',') itemStart = p + 1;
    p++;
  }
}

/** The token after the subject words at `q` ("that she", "he"): where a negated verb may stand. */
function afterSubject(pass: PolarityPass, q: number): number {
  const { tokens, mentionAt } = pass;
  while (q < tokens.length && VERB_SUBJECTS.has((tokens[q] as Token).lower) && mentionAt[q] === -1) q++;
  return q;
}

/**
 * "no allergies, takes ibuprofen": a verb opening the next list item starts a new clause. So do an
 * opener ("no vomiting, just nausea") and a quantity ("no tobacco, 3-4 beers a week").
 */
function opensAffirmedItem(tokens: readonly Token[], p: number): boolean {
  const tok = tokens[p] as Token;
  return tok.isWord && (CLAUSE_VERBS.has(tok.lower) || ITEM_OPENERS.has(tok.lower) || /^\d/.test(tok.lower)) && tokens[p - 1]?.text === ',';
}

/** Negates mention k, unless a cue right at it settled it, with the mentions of its span (one abbreviation, several concepts). */
function negateMention(pass: PolarityPass, k: number): void {
  const { ranges, polarity, forced } = pass;
  if (!forced[k]) polarity[k] = 'negated';
  const start = (ranges[k] as readonly [number, number])[0];
  for (let j = k + 1; j < ranges.length && (ranges[j] as readonly [number, number])[0] === start; j++) {
    if (!forced[j]) polarity[j] = 'negated';
  }
}

/** 4. A current state dated to a time long enough ago no longer holds. */
function negateLapsedStates(pass: PolarityPass): void {
  const { tokens, spans, mentionAt, polarity, forced } = pass;
  pass.ranges.forEach(([s, e], k) => {
    if (s >= e || forced[k] || polarity[k] === 'negated') return;
    if (stateHasLapsed(tokens, s, e, mentionAt, (spans[k] as PolaritySpan).concepts)) polarity[k] = 'negated';
  });
}

/** Mentions sharing a span always share a polarity. */
function shareSpanPolarity(spans: readonly Span[], polarity: Polarity[]): void {
  for (let k = 1; k < spans.length; k++) {
    const a = spans[k - 1] as Span;
    const b = spans[k] as Span;
    if (a.start === b.start && a.end === b.end && polarity[k - 1] === 'negated') polarity[k] = 'negated';
  }
}

/**
 * Mentions marked absent by a "-" in a one-line review-of-systems list: "ROS: -fever, -chills" or
 * "ROS: - fever, - chills". A dash counts when it stands right before the mention, is not the
 * first token of its line (that is a bullet) and is not glued to the word before it (a hyphen);
 * a spaced dash only after a colon, comma or semicolon. It negates when the line has at least two
 * such items, or when it follows a colon and is glued to the mention ("GI: -constipation").
 */
function dashListItems(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): Set<number> {
  const candidates: Array<{ k: number; line: number; strong: boolean }> = [];
  /** Lines where a mention has a "+" right before it: "ROS: + anxiety, - weight loss" is a signed list. */
  const plusLines = new Set<number>();
  let line = 0;
  let lineOf = -1;
  for (let t = 0, k = 0; k < ranges.length; k++) {
    const [s, e] = ranges[k] as readonly [number, number];
    if (s >= e || s === 0) continue;
    for (; t <= s; t++) {
      if ((tokens[t] as Token).newlineBefore) line++;
      lineOf = line;
    }
    if (signedWithPlus(tokens, s)) plusLines.add(lineOf);
    const dash = tokens[s - 1] as Token;
    const prev = tokens[s - 2];
    if (!MINUS_SIGNS.has(dash.text) || dash.newlineBefore || s - 1 === 0) continue;
    if (prev && prev.isWord && !dash.spaceBefore) continue;
    if ((tokens[s] as Token).newlineBefore) continue;
    const afterColon = prev?.text === ':';
    const glued = !(tokens[s] as Token).spaceBefore;
    // " - " between words is as often a separator ("palpitations - chest pressure"): a spaced dash
    // counts only at the start of a list item, after a colon, comma or semicolon.
    if (!glued && !(prev && (prev.text === ':' || prev.text === ',' || prev.text === ';'))) continue;
    candidates.push({ k, line: lineOf, strong: afterColon && glued });
  }
  const perLine = new Map<number, number>();
  for (const c of candidates) perLine.set(c.line, (perLine.get(c.line) ?? 0) + 1);
  for (const plusLine of plusLines) if (perLine.has(plusLine)) perLine.set(plusLine, (perLine.get(plusLine) ?? 0) + 1);
  const out = new Set<number>();
  for (const c of candidates) {
    if (!c.strong && (perLine.get(c.line) ?? 0) < 2) continue;
    out.add(c.k);
    // "-nausea/vomiting": the dash covers what is joined to its item by a slash.
    for (let k = c.k; k + 1 < ranges.length; k++) {
      const [start, end] = ranges[k] as readonly [number, number];
      const next = ranges[k + 1] as readonly [number, number];
      // Mentions of one span (an abbreviation of two concepts) go together.
      if (next[0] === start) continue;
      if (next[0] !== end + 1 || tokens[end]?.text !== '/') break;
      out.add(k + 1);
    }
  }
  return out;
}

/** Whether the mention starting at token s has a "+" or "(+)" right before it, on its line. */
function signedWithPlus(tokens: readonly Token[], s: number): boolean {
  const before = tokens[s - 1] as Token;
  const plus = before.text === '+' || (before.text === ')' && tokens[s - 2]?.text === '+' && tokens[s - 3]?.text === '(');
  return plus && !(tokens[s] as Token).newlineBefore;
}

/** Words that, right before a phrase saying a concept is absent, say it is present after all. */
const DIRECT_NEGATORS = new Set(['not', 'no', 'never', "doesn't", 'doesnt', "don't", 'dont', "isn't", "wasn't", 'denies', 'denied', 'deny', 'nor', 'without', "can't", 'cant', 'cannot', 'unable']);
/** How far before such a phrase a negator still bears on it: "is not in a good mood". */
const DIRECT_NEGATOR_REACH = 3;
/** Words that start a new clause before such a phrase: "denies depression and says mood is good". */
const CLAUSE_JOINS = new Set(['and', 'or', 'but', 'says', 'reports', 'states']);

/**
 * Polarity of a phrase saying the concept is absent ("feels safe at home"): negated, unless a negator
 * stands right before it ("does not feel safe at home"). A list scope carried over it does not count:
 * in "denies depression, says mood is good" the mood phrase still documents no depressed mood.
 */
export function absentPhrasePolarity(tokens: readonly Token[], start: number): Polarity {
  let at = tokens.findIndex((tok) => tok.start === start);
  for (let reach = 0; at > 0 && reach < DIRECT_NEGATOR_REACH; reach++) {
    const before = tokens[--at] as Token;
    if (!before.isWord || CLAUSE_JOINS.has(before.lower)) break;
    if (DIRECT_NEGATORS.has(before.lower)) return 'affirmed';
  }
  return 'negated';
}

/** Polarity of each span of `text` (sorted, non-overlapping), looking only inside `region`. */
export function assignPolarity(text: string, spans: readonly PolaritySpan[], region?: Span): Polarity[] {
  const r = clampRegion(text, region);
  return polaritiesForTokens(text, tokenize(text, r.start, r.end), spans);
}

const NEG_WORD = String.raw`(?:neg(?:ative)?|unremarkable|non-?contributory|wnl|within normal limits|\(-\)|-ve)(?!\w)`;
const ROS = String.raw`(?:ros|r\.o\.s\.?|review of systems?|systems? review)`;
const EXCEPT = String.raw`(?:\s*,?\s*(?:except|other than|apart from|aside from|besides|but for|save for|excluding)\b[^.;\n]*)?`;
const MENTIONS_SYSTEMS = /ros|r\.o\.s|system/i;
/** Words that may follow "ROS negative" in a global statement: "ROS negative except ...", "... as above". */
const GLOBAL_CONTINUATIONS = String.raw`(?:exc\w*|exept|other|otherwise|unless|apart|aside|besides|but|save|as|per|in|x|on|and)`;
const GLOBAL_REGEXPS: readonly RegExp[] = [
  // "all other ROS negative", "rest of ROS is negative", "all other systems reviewed and negative"
  new RegExp(
    String.raw`\b(?:all\s+other|rest\s+of\s+(?:the\s+)?|remainder\s+of\s+(?:the\s+)?|remaining|other)\s*(?:${ROS}|systems?)\b[^.;\n]{0,30}?\b${NEG_WORD}(?!\s+for\b)` +
      EXCEPT,
    'iy',
  ),
  // "ROS: neg except as in HPI", "ROS otherwise negative", "ROS negative."
  new RegExp(
    // "ROS: (-) fever, cough" and "ROS: negative chest pain" are lists of negatives, not "ROS
    // negative": a negative word then a finding on its line is not global.
    String.raw`\b${ROS}\s*(?::|-|is|was|are)?\s*(?:(?:otherwise|else|all|reviewed\s+and|reviewed,?)\s+)*${NEG_WORD}(?!\s+for\b)(?![ \t]*(?!${GLOBAL_CONTINUATIONS}\b)[a-z])` + EXCEPT,
    'iy',
  ),
  new RegExp(String.raw`\b${ROS}\b[^.;\n]{0,60}?\botherwise\s+(?:is\s+|was\s+)?${NEG_WORD}(?!\s+for\b)` + EXCEPT, 'iy'),
  // "otherwise negative ROS", "negative ROS except ..."
  new RegExp(String.raw`\b(?:otherwise\s+)?${NEG_WORD}\s+${ROS}\b` + EXCEPT, 'iy'),
  new RegExp(String.raw`\ball\s+other\s+systems\s+(?:reviewed\s+and\s+)?(?:are\s+)?${NEG_WORD}` + EXCEPT, 'iy'),
];

/**
 * The words each pattern can start with (its leading `\b` alternatives): a pattern is tried only at
 * tokens that are one of them, instead of at every character of the region. "(" and "-" start the
 * "(-)" and "-ve" negative words. Unlike a character scan, this misses a statement glued into one
 * word ("ROSneg"), which notes do not contain.
 */
const ROS_STARTS = ['ros', 'r', 'review', 'system', 'systems'];
const NEG_STARTS = ['neg', 'negative', 'unremarkable', 'non', 'noncontributory', 'wnl', 'within', '(', '-'];
const GLOBAL_STARTS: ReadonlyArray<readonly string[]> = [
  ['all', 'rest', 'remainder', 'remaining', 'other'],
  ROS_STARTS,
  ROS_STARTS,
  ['otherwise', ...NEG_STARTS],
  ['all'],
];
/** Start word → indexes of the patterns that may start with it. */
const GLOBAL_PATTERNS_BY_START: ReadonlyMap<string, readonly number[]> = (() => {
  const byStart = new Map<string, number[]>();
  GLOBAL_STARTS.forEach((words, k) => {
    for (const word of words) byStart.set(word, [...(byStart.get(word) ?? []), k]);
  });
  return byStart;
})();
const GLOBAL_PATTERNS_BY_WORD = new PerWord((lower) => GLOBAL_PATTERNS_BY_START.get(lower) ?? null);

/**
 * Spans of global review-of-systems statements: "ROS negative except as in HPI", "ROS otherwise
 * negative", "all other ROS negative". What they mean is for the rules to decide; the negation
 * scopes never start inside them.
 */
export function findGlobalNegativeStatements(text: string, region?: Span, regionTokens?: readonly Token[]): Span[] {
  const r = clampRegion(text, region);
  const slice = text.slice(r.start, r.end);
  // Every pattern names the review of systems ("ROS", "R.O.S.", "systems"): skip regions that do not.
  if (!MENTIONS_SYSTEMS.test(slice)) return [];
  const tokens = regionTokens ?? tokenize(text, r.start, r.end);
  const found: Span[] = [];
  // As a global search would: per pattern, leftmost match first, the next searched from its end.
  const searchFrom = GLOBAL_REGEXPS.map(() => 0);
  for (const tok of tokens) {
    const patterns = GLOBAL_PATTERNS_BY_WORD.of(tok);
    if (!patterns) continue;
    const at = tok.start - r.start;
    for (const k of patterns) {
      if (at < (searchFrom[k] as number)) continue;
      const sticky = GLOBAL_REGEXPS[k] as RegExp;
      sticky.lastIndex = at;
      const m = sticky.exec(slice);
      if (!m) continue;
      const trimmed = m[0].replace(/[\s,]+$/, '');
      found.push({ start: r.start + at, end: r.start + at + trimmed.length });
      searchFrom[k] = at + m[0].length;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}
