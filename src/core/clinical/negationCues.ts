// The negation cues as data and a word-id trie: pre- and post-negation triggers, pseudo-negations,
// scope terminators, "+" affirmation, and the misspelt triggers still read as triggers ("deneis").
// findCues marks where each cue starts in a region's tokens; negation.ts reads what they govern.
import { damerauLevenshtein, plausibleTypo } from './fuzzy';
import { tokenize, type Token } from './normalize';
import { knownWordId, lexiconWordId, PerWord } from '../text/wordIds';

type PostRole = 'none' | 'loose' | 'strict';

export interface Cue {
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
  // The empty-set sign of hurried notes: "Ø f/c/wt loss".
  'ø', '∅',
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
  // An answer or a value: "like an explosion? Never.", "Tobacco: never".
  'never',
  // What is normal is not abnormal: "energy level is good", "sleep: normal", "appetite fine".
  'good', 'normal', 'fine', 'ok', 'okay', 'wnl', 'within normal limits',
];
const PSEUDO = [
  'no change', 'no changes', 'no significant change', 'no significant changes', 'not only', 'no increase',
  'not necessarily', 'no further', 'not certain if', 'not certain whether', 'not sure if', 'not sure whether',
  'gram negative', 'gram-negative', 'without difficulty', 'not ruled out', 'not been ruled out', 'no doubt',
  'not otherwise specified', "isn't sure", "wasn't sure", 'isnt sure', 'wasnt sure',
];
/** Words that name the patient as the subject of a clause; "I" in the patient's own quoted words. */
export const PATIENT_SUBJECTS = ['he', 'she', 'they', 'pt', 'patient', 'i'];
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
  // A history label run on in a list: "no HA or neck stiffness, PMH DM2 on metformin".
  'pmh', 'pmhx', 'psh', 'pshx', 'fh', 'fhx', 'sh', 'shx',
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
  const node = FIRST_CUE_NODE.of(tok);
  // Only a word that starts a cue can be a name's spelling that starts none: the set is asked of those alone.
  if (node && NAME_SPELLINGS.has(tok.lower)) return CUE_ROOT.children.get(cueKey(tok));
  return node ?? undefined;
}

/** The cue-trie key of a token: its word's id, or the trigger it misspells unless written as a name ("Denise"). */
function cueKey(tok: Token): number {
  if (NAME_SPELLINGS.has(tok.lower) && /^\p{Lu}\p{Ll}/u.test(tok.text)) return tok.id;
  return CUE_KEY.of(tok);
}

export interface FoundCue {
  readonly start: number;
  readonly end: number;
  readonly cue: Cue;
}

/** Cues, leftmost-longest, never inside a mention: the cue starting at each token. */
export function findCues(tokens: readonly Token[], mentionAt: readonly number[]): Array<FoundCue | undefined> {
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
