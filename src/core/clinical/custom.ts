// Custom checklists (`.csnote/checklists.json`): parsing with source locations, validation, and a
// pure merge into the built-in knowledge. Editor-free: the glue lives in src/features/checklists.
import type {
  ComplaintKnowledge,
  FindingConcept,
  FindingKind,
  HpiElement,
  Knowledge,
  RedFlag,
  RosSystem,
} from './types';

/** 1-based line and column of a place in the JSON text. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

export interface CustomChecklistError extends SourceLocation {
  readonly message: string;
}

/** A complaint in the file: a full new complaint, or a partial override of a built-in one by id. */
export interface ComplaintOverride {
  readonly id: string;
  readonly label?: string;
  readonly aliases?: readonly string[];
  readonly redFlags?: readonly RedFlag[];
  /** Appended to the red flags (the built-in ones, or `redFlags` when given). */
  readonly addRedFlags?: readonly RedFlag[];
  readonly riskFactors?: readonly string[];
  readonly examManeuvers?: readonly string[];
  readonly differentials?: readonly string[];
  readonly hpiElements?: readonly HpiElement[];
  readonly rosSystems?: readonly RosSystem[];
}

export interface KnowledgeDelta {
  readonly complaints: readonly ComplaintOverride[];
  readonly findings: readonly FindingConcept[];
  /** Where each JSON path (e.g. `complaints[0].redFlags[1].finding`) starts in the text. */
  readonly locations: Readonly<Record<string, SourceLocation>>;
}

export interface ParseResult {
  readonly knowledge?: KnowledgeDelta;
  readonly error?: CustomChecklistError;
}

export class CustomChecklistsError extends Error implements CustomChecklistError {
  override name = 'CustomChecklistsError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

export const HPI_ELEMENTS: readonly HpiElement[] = ['onset', 'location', 'duration', 'character', 'modifiers', 'associated', 'severity', 'timing', 'radiation'];
export const ROS_SYSTEMS: readonly RosSystem[] = [
  'constitutional',
  'eyes',
  'ent',
  'cardiovascular',
  'respiratory',
  'gastrointestinal',
  'genitourinary',
  'reproductive',
  'musculoskeletal',
  'skin',
  'neurological',
  'psychiatric',
  'endocrine',
  'hematologic',
];
export const FINDING_KINDS: readonly FindingKind[] = ['symptom', 'sign', 'history', 'risk-factor'];

// ---------------------------------------------------------------------------------------------
// A small strict JSON parser that remembers where every value starts. Written here, not taken from
// jsonc-parser: that adds about 11 KB minified to bundles with under 3 KB left below the 250 KB target.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

class JsonParser {
  private pos = 0;
  readonly locations: Record<string, SourceLocation> = {};

  constructor(private readonly text: string) {}

  parse(): Json {
    this.skipSpace();
    const value = this.value('');
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('Unexpected text after the end of the JSON value');
    return value;
  }

  location(offset = this.pos): SourceLocation {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < this.text.length; i++) {
      if (this.text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }

  fail(message: string, offset = this.pos): never {
    const { line, column } = this.location(offset);
    throw new CustomChecklistsError(message, line, column);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /[ \t\r\n\uFEFF]/.test(this.text[this.pos] as string)) this.pos++;
  }

  private value(path: string): Json {
    this.locations[path] = this.location();
    const c = this.text[this.pos];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return this.string();
    if (c === undefined) this.fail('Unexpected end of file');
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.text.slice(this.pos));
    if (!literal) this.fail(`Unexpected character ${JSON.stringify(c)}`);
    this.pos += literal[0].length;
    return JSON.parse(literal[0]) as Json;
  }

  private string(): string {
    const start = this.pos;
    this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos];
      if (c === '"') {
        this.pos++;
        try {
          return JSON.parse(this.text.slice(start, this.pos)) as string;
        } catch {
          this.fail('Invalid string', start);
        }
      }
      if (c === '\\') this.pos++;
      else if (c === '\n') this.fail('Unterminated string', start);
      this.pos++;
    }
    return this.fail('Unterminated string', start);
  }

  private object(path: string): { [key: string]: Json } {
    const result: { [key: string]: Json } = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('Expected a property name in double quotes');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail('Expected ":" after the property name');
      this.pos++;
      this.skipSpace();
      // Defined, not assigned: a "__proto__" key is an own property, as JSON.parse makes it, not the object's prototype.
      Object.defineProperty(result, key, { value: this.value(path ? `${path}.${key}` : key), enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return result;
      if (c !== ',') this.fail('Expected "," or "}"', this.pos - 1);
    }
  }

  private array(path: string): Json[] {
    const result: Json[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value(`${path}[${result.length}]`));
      this.skipSpace();
      const c = this.text[this.pos];
      this.pos++;
      if (c === ']') return result;
      if (c !== ',') this.fail('Expected "," or "]"', this.pos - 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Shape validation.

class Validator {
  constructor(private readonly locations: Readonly<Record<string, SourceLocation>>) {}

  fail(path: string, message: string): never {
    // The closest located ancestor when the path itself has no location (a missing property).
    let at = path;
    while (!(at in this.locations) && at !== '') at = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
    const { line, column } = this.locations[at] ?? { line: 1, column: 1 };
    throw new CustomChecklistsError(message, line, column);
  }

  object(value: Json | undefined, path: string, what: string): { [key: string]: Json } {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `${what} must be an object`);
    return value;
  }

  string(value: Json | undefined, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, `"${path}" must be a non-empty string`);
    return value;
  }

  strings(value: Json | undefined, path: string): string[] {
    if (!Array.isArray(value)) this.fail(path, `"${path}" must be an array of strings`);
    return value.map((item, i) => this.string(item, `${path}[${i}]`));
  }

  oneOf<T extends string>(value: Json | undefined, path: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(path, `"${path}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
    }
    return value as T;
  }

  onlyKeys(value: { [key: string]: Json }, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(path ? `${path}.${key}` : key, `Unknown property "${key}"${path ? ` in ${path}` : ''}`);
    }
  }

  redFlags(value: Json | undefined, path: string): RedFlag[] {
    if (!Array.isArray(value)) this.fail(path, `"${path}" must be an array of red flags`);
    return value.map((item, i) => {
      const p = `${path}[${i}]`;
      const flag = this.object(item, p, `"${p}"`);
      this.onlyKeys(flag, p, ['finding', 'why', 'section', 'sex']);
      const base = {
        finding: this.string(flag['finding'], `${p}.finding`),
        why: this.string(flag['why'], `${p}.why`),
        section: this.oneOf(flag['section'] ?? 'ros', `${p}.section`, ['hpi', 'ros'] as const),
      };
      return flag['sex'] === undefined ? base : { ...base, sex: this.oneOf(flag['sex'], `${p}.sex`, ['female', 'male'] as const) };
    });
  }
}

const COMPLAINT_KEYS = ['id', 'label', 'aliases', 'redFlags', 'addRedFlags', 'riskFactors', 'examManeuvers', 'differentials', 'hpiElements', 'rosSystems'];
const FINDING_KEYS = ['id', 'label', 'synonyms', 'abbreviations', 'kind', 'system'];

function complaintOverride(v: Validator, value: Json | undefined, path: string): ComplaintOverride {
  const obj = v.object(value, path, `"${path}"`);
  v.onlyKeys(obj, path, COMPLAINT_KEYS);
  const out: { -readonly [K in keyof ComplaintOverride]: ComplaintOverride[K] } = { id: v.string(obj['id'], `${path}.id`) };
  if (obj['label'] !== undefined) out.label = v.string(obj['label'], `${path}.label`);
  if (obj['aliases'] !== undefined) out.aliases = v.strings(obj['aliases'], `${path}.aliases`).map((alias) => alias.toLowerCase());
  if (obj['redFlags'] !== undefined) out.redFlags = v.redFlags(obj['redFlags'], `${path}.redFlags`);
  if (obj['addRedFlags'] !== undefined) out.addRedFlags = v.redFlags(obj['addRedFlags'], `${path}.addRedFlags`);
  if (obj['riskFactors'] !== undefined) out.riskFactors = v.strings(obj['riskFactors'], `${path}.riskFactors`);
  if (obj['examManeuvers'] !== undefined) out.examManeuvers = v.strings(obj['examManeuvers'], `${path}.examManeuvers`);
  if (obj['differentials'] !== undefined) out.differentials = v.strings(obj['differentials'], `${path}.differentials`);
  if (obj['hpiElements'] !== undefined) {
    const list = obj['hpiElements'];
    if (!Array.isArray(list)) v.fail(`${path}.hpiElements`, `"${path}.hpiElements" must be an array`);
    out.hpiElements = list.map((item, i) => v.oneOf(item, `${path}.hpiElements[${i}]`, HPI_ELEMENTS));
  }
  if (obj['rosSystems'] !== undefined) {
    const list = obj['rosSystems'];
    if (!Array.isArray(list)) v.fail(`${path}.rosSystems`, `"${path}.rosSystems" must be an array`);
    out.rosSystems = list.map((item, i) => v.oneOf(item, `${path}.rosSystems[${i}]`, ROS_SYSTEMS));
  }
  return out;
}

function findingConcept(v: Validator, value: Json | undefined, path: string): FindingConcept {
  const obj = v.object(value, path, `"${path}"`);
  v.onlyKeys(obj, path, FINDING_KEYS);
  const finding: { -readonly [K in keyof FindingConcept]: FindingConcept[K] } = {
    id: v.string(obj['id'], `${path}.id`),
    label: v.string(obj['label'], `${path}.label`),
    synonyms: obj['synonyms'] === undefined ? [] : v.strings(obj['synonyms'], `${path}.synonyms`),
    kind: v.oneOf(obj['kind'] ?? 'symptom', `${path}.kind`, FINDING_KINDS),
  };
  if (obj['abbreviations'] !== undefined) finding.abbreviations = v.strings(obj['abbreviations'], `${path}.abbreviations`);
  if (obj['system'] !== undefined) finding.system = v.oneOf(obj['system'], `${path}.system`, ROS_SYSTEMS);
  return finding;
}

/** Parses and shape-checks the text of `.csnote/checklists.json`. Ids are checked by mergeKnowledge. */
export function parseCustomChecklists(jsonText: string): ParseResult {
  try {
    if (jsonText.trim() === '') return { knowledge: { complaints: [], findings: [], locations: {} } };
    const parser = new JsonParser(jsonText);
    const root = parser.parse();
    const v: Validator = new Validator(parser.locations);
    const obj = v.object(root, '', 'The checklists file');
    v.onlyKeys(obj, '', ['$schema', 'complaints', 'findings']);
    const complaintsJson = obj['complaints'] ?? [];
    if (!Array.isArray(complaintsJson)) v.fail('complaints', '"complaints" must be an array');
    const findingsJson = obj['findings'] ?? [];
    if (!Array.isArray(findingsJson)) v.fail('findings', '"findings" must be an array');
    return {
      knowledge: {
        complaints: complaintsJson.map((c, i) => complaintOverride(v, c, `complaints[${i}]`)),
        findings: findingsJson.map((f, i) => findingConcept(v, f, `findings[${i}]`)),
        locations: parser.locations,
      },
    };
  } catch (error) {
    if (error instanceof CustomChecklistsError) return { error: { message: error.message, line: error.line, column: error.column } };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Merge.

function locate(delta: KnowledgeDelta, path: string): SourceLocation {
  let at = path;
  while (!(at in delta.locations) && at !== '') at = at.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
  return delta.locations[at] ?? { line: 1, column: 1 };
}

function failAt(delta: KnowledgeDelta, path: string, message: string): never {
  const { line, column } = locate(delta, path);
  throw new CustomChecklistsError(message, line, column);
}

/**
 * A built-in finding with a custom entry's wordings added: synonyms and abbreviations join the
 * built-in's, label and system replace them. The built-in's other readings (absent and excluded
 * phrases, what it implies, answers or denies too) stay, so redefining a finding never loses recognition.
 */
function extendFinding(builtIn: FindingConcept, custom: FindingConcept): FindingConcept {
  const union = (a: readonly string[] | undefined, b: readonly string[] | undefined): string[] => [...new Set([...(a ?? []), ...(b ?? [])])];
  const abbreviations = union(builtIn.abbreviations, custom.abbreviations);
  return {
    ...builtIn,
    label: custom.label,
    synonyms: union(builtIn.synonyms, custom.synonyms),
    ...(abbreviations.length > 0 ? { abbreviations } : {}),
    ...(custom.system !== undefined ? { system: custom.system } : {}),
  };
}

/**
 * The base knowledge with the custom complaints and findings applied; a new object each time, the
 * base is never changed. Throws CustomChecklistsError (with the location in the file) when an id
 * referenced does not exist or a new complaint is incomplete.
 */
export function mergeKnowledge(base: Knowledge, delta: KnowledgeDelta): Knowledge {
  const findings = new Map<string, FindingConcept>(base.findings.map((f) => [f.id, f]));
  const seenFindings = new Set<string>();
  delta.findings.forEach((finding, i) => {
    if (seenFindings.has(finding.id)) failAt(delta, `findings[${i}].id`, `Finding "${finding.id}" is defined twice`);
    seenFindings.add(finding.id);
    const builtIn = findings.get(finding.id);
    findings.set(finding.id, builtIn ? extendFinding(builtIn, finding) : finding);
  });
  const maneuvers = new Set(base.maneuvers.map((m) => m.id));
  const diagnoses = new Set(base.diagnoses.map((d) => d.id));

  const checkIds = (ids: readonly string[] | undefined, known: { has(id: string): boolean }, path: string, what: string): void => {
    ids?.forEach((id, i) => {
      if (!known.has(id)) failAt(delta, `${path}[${i}]`, `Unknown ${what} "${id}"`);
    });
  };
  const checkFlags = (flags: readonly RedFlag[] | undefined, path: string): void => {
    flags?.forEach((flag, i) => {
      if (!findings.has(flag.finding)) failAt(delta, `${path}[${i}].finding`, `Unknown finding "${flag.finding}" (add it under "findings" or use a built-in finding id)`);
    });
  };

  const complaints: ComplaintKnowledge[] = [...base.complaints];
  const seenComplaints = new Set<string>();
  delta.complaints.forEach((override, i) => {
    const path = `complaints[${i}]`;
    if (seenComplaints.has(override.id)) failAt(delta, `${path}.id`, `Complaint "${override.id}" is listed twice`);
    seenComplaints.add(override.id);
    checkFlags(override.redFlags, `${path}.redFlags`);
    checkFlags(override.addRedFlags, `${path}.addRedFlags`);
    checkIds(override.riskFactors, findings, `${path}.riskFactors`, 'finding');
    checkIds(override.examManeuvers, maneuvers, `${path}.examManeuvers`, 'exam maneuver');
    checkIds(override.differentials, diagnoses, `${path}.differentials`, 'diagnosis');

    const index = complaints.findIndex((c) => c.id === override.id);
    const existing = index >= 0 ? complaints[index] : undefined;
    if (!existing) {
      if (override.label === undefined) failAt(delta, path, `New complaint "${override.id}" needs a "label" (or use the id of a built-in complaint to override it)`);
      if (override.redFlags === undefined && override.addRedFlags === undefined) failAt(delta, path, `New complaint "${override.id}" needs "redFlags"`);
    }
    const merged: ComplaintKnowledge = {
      id: override.id,
      label: override.label ?? existing?.label ?? override.id,
      aliases: override.aliases ?? existing?.aliases ?? [override.label?.toLowerCase() ?? override.id],
      redFlags: [...(override.redFlags ?? existing?.redFlags ?? []), ...(override.addRedFlags ?? [])],
      riskFactors: override.riskFactors ?? existing?.riskFactors ?? [],
      examManeuvers: override.examManeuvers ?? existing?.examManeuvers ?? [],
      differentials: override.differentials ?? existing?.differentials ?? [],
      hpiElements: override.hpiElements ?? existing?.hpiElements ?? [...HPI_ELEMENTS.slice(0, 6)],
      rosSystems: override.rosSystems ?? existing?.rosSystems ?? [],
    };
    if (index >= 0) complaints[index] = merged;
    else complaints.push(merged);
  });

  return {
    complaints,
    findings: [...findings.values()],
    diagnoses: [...base.diagnoses],
    tests: [...base.tests],
    treatments: [...base.treatments],
    maneuvers: [...base.maneuvers],
  };
}

/** Parse, then merge: the knowledge in force and the error, if any (the base stays in force then). */
export function applyCustomChecklists(base: Knowledge, jsonText: string): { knowledge: Knowledge; error?: CustomChecklistError } {
  const parsed = parseCustomChecklists(jsonText);
  if (parsed.error || !parsed.knowledge) return { knowledge: base, error: parsed.error ?? { message: 'Invalid checklists file', line: 1, column: 1 } };
  try {
    return { knowledge: mergeKnowledge(base, parsed.knowledge) };
  } catch (error) {
    if (error instanceof CustomChecklistsError) return { knowledge: base, error: { message: error.message, line: error.line, column: error.column } };
    throw error;
  }
}
