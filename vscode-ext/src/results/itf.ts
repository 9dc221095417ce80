/**
 * ITF values (Informal Trace Format, as used by Apalache and Quint; see shared/design.md) and the
 * few operations the results view needs: TLA+-style printing, structural equality, and the
 * entries of a function value. Pure functions only: no VS Code API here.
 */

/** One ITF value: JSON with the `#set`, `#tup`, `#map`, `#bigint` encodings. */
export type ItfValue =
  | boolean
  | number
  | string
  | ItfValue[]
  | { '#bigint': string }
  | { '#tup': ItfValue[] }
  | { '#set': ItfValue[] }
  | { '#map': [ItfValue, ItfValue][] }
  | { '#unserializable': string }
  | { [field: string]: ItfValue };

/** A state of an ITF trace: `#meta` plus one entry per variable. */
export interface ItfState {
  '#meta'?: { index?: number; action?: string; location?: unknown; [k: string]: unknown };
  [variable: string]: ItfValue | ItfState['#meta'];
}

/** An ITF trace. `loop` is the index of the state a liveness lasso returns to. */
export interface ItfTrace {
  vars?: string[];
  states: ItfState[];
  loop?: number;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The entries of a function value (`#map`), or of a record seen as a function of its fields. */
export function entries(v: ItfValue | undefined): [ItfValue, ItfValue][] | undefined {
  if (isObject(v) && Array.isArray((v as { '#map'?: unknown })['#map'])) {
    return (v as { '#map': [ItfValue, ItfValue][] })['#map'];
  }
  return undefined;
}

/** Prints a value the way TLC prints it (TLA+ syntax). */
export function format(v: ItfValue | undefined): string {
  if (v === undefined) {
    return '';
  }
  if (typeof v === 'boolean') {
    return v ? 'TRUE' : 'FALSE';
  }
  if (typeof v === 'number') {
    return String(v);
  }
  if (typeof v === 'string') {
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) {
    return '<<' + v.map(format).join(', ') + '>>';
  }
  if ('#bigint' in v && typeof v['#bigint'] === 'string') {
    return v['#bigint'] as string;
  }
  if ('#tup' in v && Array.isArray(v['#tup'])) {
    return '<<' + (v['#tup'] as ItfValue[]).map(format).join(', ') + '>>';
  }
  if ('#set' in v && Array.isArray(v['#set'])) {
    return '{' + (v['#set'] as ItfValue[]).map(format).join(', ') + '}';
  }
  const map = entries(v);
  if (map) {
    return map.length === 0 ? '<<>>' : '(' + map.map(([k, x]) => `${formatKey(k)} :> ${format(x)}`).join(' @@ ') + ')';
  }
  if ('#unserializable' in v) {
    return String(v['#unserializable']);
  }
  const fields = Object.entries(v);
  return '[' + fields.map(([k, x]) => `${k} |-> ${format(x as ItfValue)}`).join(', ') + ']';
}

/**
 * A function's key as TLC prints it. Model values and strings are both strings in ITF; a key
 * that looks like an identifier is shown bare, as TLC shows model values such as `p1`.
 */
export function formatKey(k: ItfValue): string {
  return typeof k === 'string' && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : format(k);
}

/** Structural equality of two ITF values; sets and maps compare without regard to order. */
export function equal(a: ItfValue | undefined, b: ItfValue | undefined): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: ItfValue | undefined): string {
  if (v === undefined) {
    return 'undefined';
  }
  if (typeof v !== 'object' || v === null) {
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) {
    return '[' + v.map(canonical).join(',') + ']';
  }
  if ('#set' in v && Array.isArray(v['#set'])) {
    return '#set{' + (v['#set'] as ItfValue[]).map(canonical).sort().join(',') + '}';
  }
  const map = entries(v);
  if (map) {
    return '#map{' + map.map(([k, x]) => canonical(k) + ':' + canonical(x)).sort().join(',') + '}';
  }
  return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical((v as Record<string, ItfValue>)[k])).join(',') + '}';
}

/** The variables of a state (every key but `#meta`). */
export function variablesOf(trace: ItfTrace): string[] {
  if (trace.vars && trace.vars.length > 0) {
    return trace.vars;
  }
  const seen = new Set<string>();
  for (const s of trace.states) {
    for (const k of Object.keys(s)) {
      if (k !== '#meta') {
        seen.add(k);
      }
    }
  }
  return [...seen];
}

/** The value of variable `name` in `state`. */
export function valueOf(state: ItfState, name: string): ItfValue | undefined {
  return name === '#meta' ? undefined : (state[name] as ItfValue | undefined);
}
