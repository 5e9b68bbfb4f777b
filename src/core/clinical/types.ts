// Schema of the clinical knowledge. The data lives in ./data and is reviewed like code.

/** Review-of-systems systems, used by the ros-systems rule and to group findings. */
export type RosSystem =
  | 'constitutional'
  | 'eyes'
  | 'ent'
  | 'cardiovascular'
  | 'respiratory'
  | 'gastrointestinal'
  | 'genitourinary'
  | 'reproductive'
  | 'musculoskeletal'
  | 'skin'
  | 'neurological'
  | 'psychiatric'
  | 'endocrine'
  | 'hematologic';

/** The HPI elements an examiner looks for (OLDCARTS family). */
export type HpiElement =
  | 'onset'
  | 'location'
  | 'duration'
  | 'character'
  | 'modifiers'
  | 'associated'
  | 'severity'
  | 'timing'
  | 'radiation';

/**
 * One entry of a lexicon: a concept and every way students write it.
 * Synonyms are matched case-insensitively on word boundaries; abbreviations are matched
 * case-sensitively (so "CP" is chest pain but "cp" in a word is not).
 */
export interface LexiconEntry {
  readonly id: string;
  /** Plain label used in messages and inserted text, e.g. "shortness of breath". */
  readonly label: string;
  readonly synonyms: readonly string[];
  readonly abbreviations?: readonly string[];
  /**
   * Words that name the concept only when nothing more specific follows in the same clause:
   * "drinking" is alcohol use, but "drinks 3 cups of coffee" names what is drunk.
   */
  readonly generalSynonyms?: readonly string[];
  /**
   * Phrases that document the concept as absent: "feels safe at home" is a negative screen for
   * intimate partner violence, "abstinent" says not sexually active. Negating them affirms it.
   */
  readonly absentSynonyms?: readonly string[];
  /**
   * Phrases that contain a synonym but do not name the concept: "fall asleep" and "this fall" are not
   * a fall, a "pounding headache" is not palpitations. The longer phrase wins and names nothing.
   */
  readonly excludedPhrases?: readonly string[];
  /**
   * Phrases naming the concept as the circumstance of another finding: in "no bleeding after sex" the
   * negation is about the bleeding, and the phrase still says she is sexually active. Always affirmed.
   */
  readonly circumstanceSynonyms?: readonly string[];
  /**
   * Phrases that name the concept only as a modifier of a finding named just before them (or after
   * them in the same sentence): "worse with exertion" after chest pain is chest pain on exertion,
   * after knee pain it is nothing. `of` lists the findings the phrase may modify; `notAcross` those
   * that, named in an earlier sentence, are the topic the phrase is about instead.
   */
  readonly modifierSynonyms?: ModifierSynonyms;
}

export interface ModifierSynonyms {
  readonly of: readonly string[];
  readonly notAcross?: readonly string[];
  readonly phrases: readonly string[];
  /** Modifier phrases that say the finding is absent: "regardless of activity" after chest pain. */
  readonly absentPhrases?: readonly string[];
}

export type FindingKind = 'symptom' | 'sign' | 'history' | 'risk-factor';

/** A clinical finding: a symptom, an exam sign, or a piece of history (risk factor, exposure). */
export interface FindingConcept extends LexiconEntry {
  readonly kind: FindingKind;
  readonly system?: RosSystem;
  /**
   * For a family-history finding: the conditions (lowercase phrases) that, named in one clause with a
   * relative ("father", "mom", "FHx" …), document it: "dad had a heart attack", "MI in his father".
   */
  readonly familyConditions?: readonly string[];
  /**
   * Broader findings this one documents when affirmed, so a red flag for them is not missing: "short of
   * breath climbing stairs" (dyspnea on exertion) is shortness of breath. A denial says nothing of the
   * broader finding: "no pain on exertion" leaves open whether there is chest pain at rest.
   */
  readonly implies?: readonly string[];
  /**
   * Findings whose question this one answers, affirmed or denied: a weight gain says whether there was
   * weight loss; a discharge with no site named ("denies fever or discharge") is the patient's own.
   */
  readonly answers?: readonly string[];
  /**
   * Narrower findings that a denial of this one denies too: "no drugs" says there is no IV drug use,
   * "no dizziness" that there is no lightheadedness. An affirmed mention does not document them (a
   * patient who uses drugs may not inject them).
   */
  readonly deniesAlso?: readonly string[];
  /**
   * For a finding that names a state of the present ("sexually active"): how many days may have
   * passed since it last held for it still to count as current. A mention dated further back ("last
   * sexually active 9 months ago") is a pertinent negative. Not for symptoms (a dated symptom is its
   * onset or a past episode) nor substance use (former use stays part of the history).
   */
  readonly currentWithinDays?: number;
  /**
   * A habit or a use (smoking, drinking, drugs): named in a clause whose subject is another person
   * ("her brother injects heroin", "Dad smokes"), it is theirs and documents nothing of the patient's.
   */
  readonly habit?: boolean;
}

export interface DiagnosisConcept extends LexiconEntry {
  /** Findings that, affirmed in the note, support this diagnosis (used for dx-unsupported). */
  readonly supportingFindings?: readonly string[];
  /**
   * The study its workup starts with, when that is not simply the first listed study addressing it
   * (the general panels come first in the list): dx-untested suggests it.
   */
  readonly firstTest?: string;
  /**
   * Diagnosed from the history and exam when typical, where guidelines advise against testing: the
   * guideline's source, its reasoning in a comment beside the entry. dx-untested asks no study for it.
   */
  readonly clinicalDiagnosis?: string;
}

/** A diagnostic study. `addresses` lists the diagnosis ids this study helps confirm or exclude. */
export interface TestConcept extends LexiconEntry {
  readonly addresses: readonly string[];
  /**
   * Diagnoses whose standard workup includes this study though it neither confirms nor excludes them
   * (HIV screening with any STI; an ECG and a glucose with a stroke or TIA): such a study is tied to
   * them (workup-untied), but does not test them (dx-untested).
   */
  readonly workupOf?: readonly string[];
  /**
   * Rectal, pelvic, genitourinary and breast exams: not performed at the encounter, they belong in
   * Diagnostic Studies.
   */
  readonly sensitiveExam?: boolean;
}

/** Something that is not a diagnostic study: a treatment or a consult. */
export interface TreatmentConcept extends LexiconEntry {
  readonly kind: 'treatment' | 'consult';
}

/** A physical-exam maneuver or system examination, e.g. "cardiac auscultation". */
export interface ExamManeuver extends LexiconEntry {
  /**
   * Ids of maneuvers that do this one's job on a complaint's checklist, so documenting any of them
   * counts: Dix-Hallpike tests episodic positional vertigo, the head impulse test continuous vertigo.
   */
  readonly alternatives?: readonly string[];
  /** Asked only of patients this old or older, when the note gives an age (temporal arteries: giant cell arteritis starts at 50). */
  readonly fromAge?: number;
}

export interface RedFlag {
  /** Id of a FindingConcept. */
  readonly finding: string;
  /** Why it matters, one line, shown with the diagnostic. */
  readonly why: string;
  /** Where the pertinent negative belongs. */
  readonly section: 'hpi' | 'ros';
  /** Set when the red flag applies to one sex only (vaginal bleeding, penile discharge). */
  readonly sex?: PatientSex;
}

export type PatientSex = 'female' | 'male';

export interface ComplaintKnowledge {
  readonly id: string;
  readonly label: string;
  /** Phrases that identify the complaint in the opening sentence of the CC or HPI (lowercase). */
  readonly aliases: readonly string[];
  /**
   * Ids of findings that identify the complaint when the first sentence names one in words no alias
   * has ("a fluttering heartbeat", "recurrent HAs"): read with the whole lexicon, after the aliases.
   */
  readonly presentingFindings?: readonly string[];
  readonly redFlags: readonly RedFlag[];
  /** Ids of FindingConcepts of kind 'history' or 'risk-factor'. */
  readonly riskFactors: readonly string[];
  /** Ids of ExamManeuvers. */
  readonly examManeuvers: readonly string[];
  /** Ids of DiagnosisConcepts, most important first (3-5). */
  readonly differentials: readonly string[];
  readonly hpiElements: readonly HpiElement[];
  /** The systems a focused ROS for this complaint covers. */
  readonly rosSystems: readonly RosSystem[];
}

export interface Knowledge {
  readonly complaints: readonly ComplaintKnowledge[];
  readonly findings: readonly FindingConcept[];
  readonly diagnoses: readonly DiagnosisConcept[];
  readonly tests: readonly TestConcept[];
  readonly treatments: readonly TreatmentConcept[];
  readonly maneuvers: readonly ExamManeuver[];
}
