// NegEx-family polarity of a region's mentions, in passes over its tokens: 1. the cues
// (negationCues.ts), 2. cues right at a mention ("cough (-)", "+ chills", "ROS: -fever": rosDashItems.ts),
// 3. pre-negation scopes over lists, up to terminators, sentence ends and global ROS statements
// (globalNegatives.ts), which negate nothing themselves, 4. states dated long ago. Also reads the
// polarity of phrases that say a concept is absent ("feels safe at home").
import type { Span } from '../types';
import type { Polarity } from './mention';
import { clampRegion, tokenize, type Token } from './normalize';
import { endsClause, isSentenceEnd, wrapsList } from './clauseBounds';
import { findGlobalNegativeStatements } from './globalNegatives';
import { findCues, PATIENT_SUBJECTS, type FoundCue } from './negationCues';
import { stateHasLapsed, type StateConcept } from './lapsedStates';
import { dashListItems } from './rosDashItems';
import { minusLineMentions } from './signedLines';
import { startsWithDigit } from '../text/chars';

/** Words a pre-negation scope may run past the trigger or the last list item. */
export const NEGATION_WINDOW = 8;

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
const PATIENT_SUBJECTS_SET: ReadonlySet<string> = new Set(PATIENT_SUBJECTS);
/** Verbs that, right after a comma, open a new affirmed list item. */
const CLAUSE_VERBS = new Set([
  'takes', 'take', 'taking', 'uses', 'use', 'using', 'drinks', 'drank', 'smokes', 'started', 'tried', 'tries', 'lives', 'works',
  'plays', 'does', 'did', 'gained',
]);

/**
 * Words that, right after a comma, open an affirmed item: "no vomiting, just nausea", "without fever,
 * with chills", "no weight loss, actually gained 10 lbs".
 */
const ITEM_OPENERS = new Set(['just', 'only', 'with', 'but', 'actually']);
/**
 * Modifiers opening a list item that make it a statement: "no fever, mild cough", "no tobacco, social
 * alcohol use", "no distension, maximal tenderness at McBurney point".
 */
const ASSERTING_MODIFIERS = new Set([
  'mild', 'moderate', 'severe', 'some', 'occasional', 'occasionally', 'occ', 'social', 'socially', 'rare', 'rarely',
  'daily', 'regular', 'regularly', 'frequent', 'frequently', 'heavy', 'intermittent', 'intermittently',
  'maximal', 'maximum', 'marked', 'markedly', 'exquisite', 'significant', 'focal', 'intense', 'poorly',
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
  // "no weight loss, opposite she gained 3 kg": an item with the patient as its own subject is a clause.
  for (let q = from; q < s; q++) if (PATIENT_SUBJECTS_SET.has((tokens[q] as Token).lower)) return true;
  let counted = false;
  for (let q = e; q < tokens.length && q < e + 6; q++) {
    const tok = tokens[q] as Token;
    if (tok.newlineBefore || tok.text === ',' || isSentenceEnd(tokens, q)) break;
    const w = tok.lower;
    if (FREQUENCY_WORDS.has(w) || /^(?:\d+x|x\d+)$/.test(w)) return true;
    // A reading: "fever up to 102.5", "fever of 101".
    if (startsReading(tokens, q)) return true;
    // A number then a unit or a period: "3-4 beers", "2 per week", "3/wk" (not "chills/night sweats").
    if (startsWithDigit(w)) counted = true;
    else if (counted && (QUANTITY_UNITS.has(w) || ((w === 'per' || w === '/') && PER_PERIODS.has(tokens[q + 1]?.lower ?? '')))) return true;
  }
  return false;
}

/** "up to 102.5", "of 101" at token q: a value measured. */
function startsReading(tokens: readonly Token[], q: number): boolean {
  const w = (tokens[q] as Token).lower;
  if (w === 'of') return startsWithDigit(tokens[q + 1]?.text ?? '');
  return w === 'up' && tokens[q + 1]?.lower === 'to' && startsWithDigit(tokens[q + 2]?.text ?? '');
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
  const mentionAt = new Array<number>(n).fill(-1);
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
    // 1. The cue starting at each token.
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
  readonly mentionAt: readonly number[];
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
  let question = false;
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
        // "ringing and ear fullness are absent": a plural verb denies the items coordinated before it;
        // "Nausea or vomiting? No.": the answer to a question, all it asked about.
        if (plural || question || PLURAL_VERBS.has(tok.lower)) negateCoordinatedBefore(pass, k);
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
    if (tok.text === '?') question = true;
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
  for (const k of pass.dashNegated) negateScope(pass, (pass.ranges[k] as readonly [number, number])[1], PLAIN_SCOPE);
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
  const subjectTrigger = NEGATED_SUBJECTS.has(word) || (word === 'no' && tokens[c.end]?.lower === 'one');
  negateScope(pass, c.end, {
    valueWord,
    subjectTrigger,
    itemOnly: single && word === 'not' && saysOfAThing(tokens, c.start),
    // "sex without a condom with a new partner": what comes "with" is had.
    endsAtWith: word === 'without' || (word === 'w' && tokens[c.start + 1]?.text === '/'),
  });
}

/** Triggers that are the subject of their clause: its verb is theirs ("nobody in the family has died suddenly"). */
const NEGATED_SUBJECTS = new Set(['nobody', 'noone']);
/** Words a "not" may follow and still open a list: a subject or a verb ("she has not had fever, chills"). */
const BEFORE_LIST_NOT = new Set([
  ...SUBJECTS, 'does', 'did', 'do', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would',
  'should', 'may', 'might', 'and', 'or', 'but', 'if', 'whether', 'also', 'still', 'yet', 'i',
]);

/**
 * "condom use not regular, dysuria": a "not" right after the thing its item is about may say something
 * of that thing only; then (no finding before the comma) its scope ends with the item. "Usually not
 * associated with SOB, dizziness" names a finding first and goes on down the list.
 */
function saysOfAThing(tokens: readonly Token[], trigger: number): boolean {
  const before = tokens[trigger - 1];
  return before !== undefined && before.isWord && !before.newlineBefore && !BEFORE_LIST_NOT.has(before.lower) && !(tokens[trigger] as Token).newlineBefore;
}

/** How a trigger's scope reads: see negateWhatTriggerGoverns. */
interface ScopeKind {
  /** A value word ("denied") takes no verb after it. */
  readonly valueWord: boolean;
  /** The trigger is its clause's subject ("nobody"): the verb after it is negated with it. */
  readonly subjectTrigger: boolean;
  /** The scope ends at a comma reached before any finding (saysOfAThing). */
  readonly itemOnly: boolean;
  /** The scope ends at a "with" ("without"). */
  readonly endsAtWith: boolean;
}

const PLAIN_SCOPE: ScopeKind = { valueWord: false, subjectTrigger: false, itemOnly: false, endsAtWith: false };

/**
 * Negates the mentions of a pre-negation scope starting at token `from`, right after its trigger,
 * up to a terminator, a sentence end, an affirmed list item or NEGATION_WINDOW words past the
 * trigger or the last mention. `kind` says how the trigger reads (ScopeKind).
 */
function negateScope(pass: PolarityPass, from: number, kind: ScopeKind): void {
  const { valueWord, subjectTrigger, itemOnly, endsAtWith } = kind;
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
  // "diabetic (may not feel chest pain), HTN, ex-smoker": a trigger inside brackets stops at their close.
  const bracketed = insideBrackets(tokens, from);
  let negatedAny = false;
  while (p < n) {
    const tok = tokens[p] as Token;
    if ((bracketed && tok.text === ')') || (endsAtWith && tok.lower === 'with')) break;
    // Past a comma with nothing negated yet, "not" said something of its item ("condom use not regular, dysuria").
    if (itemOnly && !negatedAny && (tok.text === ',' || tok.text === ';')) break;
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
      negatedAny = true;
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

/** Whether an opening bracket left open stands before token `t` on its line and in its sentence. */
function insideBrackets(tokens: readonly Token[], t: number): boolean {
  let depth = 0;
  for (let q = t - 1; q >= 0; q--) {
    const tok = tokens[q] as Token;
    if (tok.text === ')') depth++;
    else if (tok.text === '(' && depth-- === 0) return true;
    if (tok.newlineBefore || isSentenceEnd(tokens, q)) return false;
  }
  return false;
}

/** The token after the subject words at `q` ("that she", "he"): where a negated verb may stand. */
function afterSubject(pass: PolarityPass, q: number): number {
  const { tokens, mentionAt } = pass;
  while (q < tokens.length && VERB_SUBJECTS.has((tokens[q] as Token).lower) && mentionAt[q] === -1) q++;
  return q;
}

/**
 * "no allergies, takes ibuprofen": a verb opening the next list item starts a new clause, also after an
 * adverb ("no wt loss, actualy gained 10 lbs"). So do an opener ("no vomiting, just nausea") and a
 * quantity ("no tobacco, 3-4 beers a week").
 */
function opensAffirmedItem(tokens: readonly Token[], p: number): boolean {
  const tok = tokens[p] as Token;
  if (!tok.isWord || tokens[p - 1]?.text !== ',') return false;
  if (CLAUSE_VERBS.has(tok.lower) || ITEM_OPENERS.has(tok.lower) || startsWithDigit(tok.lower)) return true;
  const next = tokens[p + 1];
  return tok.lower.endsWith('ly') && next !== undefined && CLAUSE_VERBS.has(next.lower);
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
