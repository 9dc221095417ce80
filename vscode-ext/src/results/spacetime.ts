/**
 * Finds the processes (or nodes) of a trace and what each of them did at each step, for the
 * space-time diagram: one lane per process, one row per step.
 *
 * A spec with processes keeps per-process state in functions over the set of processes
 * (PlusCal's `pc`, `[n \in Nodes |-> ...]`). The lanes are the domain shared by most of the
 * variables that are such functions in every state of the trace; a lane is active in a step when
 * one of those functions changed at its key.
 */
import { ItfTrace, ItfValue, entries, equal, format, formatKey, valueOf, variablesOf } from './itf';

/** What the diagram shows. */
export interface SpaceTime {
  /** The lane keys (processes or nodes) as printed. */
  lanes: string[];
  /** The variables that are functions over the lanes. */
  laneVariables: string[];
  /** The variable whose value labels a lane's cell (`pc` when there is one). */
  labelVariable: string;
  /** One row per state: per lane, whether it changed and its label. */
  rows: { action: string; cells: { active: boolean; label: string; detail: string }[] }[];
  /** Messages between lanes; lane -1 is everything that is not a lane (a leader, the environment). */
  messages: Message[];
}

/** A message: added to a network variable in step `sent`, gone from it in step `received`. */
export interface Message {
  variable: string;
  label: string;
  from: number;
  to: number;
  sent: number;
  received?: number;
}

const FROM_FIELDS = ['src', 'from', 'sender', 'source'];
const TO_FIELDS = ['dst', 'to', 'dest', 'receiver', 'target'];

const MAX_LANES = 16;
const LABEL_NAMES = ['pc', 'state', 'status', 'role', 'phase', 'mode'];

/** The space-time view of `trace`, or `undefined` when the state has no per-process functions. */
export function spaceTime(trace: ItfTrace): SpaceTime | undefined {
  if (trace.states.length === 0) {
    return undefined;
  }
  const byDomain = new Map<string, { keys: ItfValue[]; vars: string[] }>();
  for (const name of variablesOf(trace)) {
    const domain = commonDomain(trace, name);
    if (!domain) {
      continue;
    }
    const key = domain.map((k) => JSON.stringify(k)).sort().join('\u0000');
    const group = byDomain.get(key) ?? { keys: domain, vars: [] };
    group.vars.push(name);
    byDomain.set(key, group);
  }
  // The processes are the domain shared by most such functions; on a tie, the one holding a
  // control-state variable (pc, phase, ...).
  const score = (g: { vars: string[] }) => g.vars.length * 2 + (g.vars.some((v) => LABEL_NAMES.includes(v)) ? 1 : 0);
  let best: { keys: ItfValue[]; vars: string[] } | undefined;
  for (const g of byDomain.values()) {
    if (!best || score(g) > score(best)) {
      best = g;
    }
  }
  if (!best) {
    return undefined;
  }
  const { keys, vars } = best;
  const labelVariable = LABEL_NAMES.find((n) => vars.includes(n)) ?? vars[0];
  const rows = trace.states.map((state, i) => {
    const prev = i > 0 ? trace.states[i - 1] : undefined;
    const cells = keys.map((k) => {
      const changed = prev === undefined
        ? false
        : vars.some((v) => !equal(lookup(valueOf(prev, v), k), lookup(valueOf(state, v), k)));
      const label = format(lookup(valueOf(state, labelVariable), k));
      const detail = vars.map((v) => `${v}[${formatKey(k)}] = ${format(lookup(valueOf(state, v), k))}`).join('\n');
      return { active: changed, label, detail };
    });
    return { action: actionOf(state, i), cells };
  });
  return { lanes: keys.map(formatKey), laneVariables: vars, labelVariable, rows, messages: messages(trace, keys, rows) };
}

/**
 * The messages of the trace: records added to a set-valued variable (the network) that name a
 * receiver (`dst`, `to`, ...) or a sender (`src`, `from`, ...) among the lanes. A message without a
 * sender comes from the one lane active in its step, if there is exactly one, else from outside
 * the lanes; it is received in the step that removes it from the set, if any.
 */
function messages(trace: ItfTrace, keys: ItfValue[], rows: SpaceTime['rows']): Message[] {
  const out: Message[] = [];
  const laneOf = (v: ItfValue | undefined) => (v === undefined ? -1 : keys.findIndex((k) => equal(k, v)));
  for (const name of variablesOf(trace)) {
    const sets = trace.states.map((s) => setElements(valueOf(s, name)));
    if (sets.some((x) => x === undefined)) {
      continue;
    }
    for (let i = 1; i < sets.length; i++) {
      for (const m of sets[i]!) {
        if (sets[i - 1]!.some((x) => equal(x, m)) || typeof m !== 'object' || m === null || Array.isArray(m)) {
          continue;
        }
        const rec = m as Record<string, ItfValue>;
        if (Object.keys(rec).some((k) => k.startsWith('#'))) {
          continue;
        }
        const toField = TO_FIELDS.find((f) => f in rec);
        const fromField = FROM_FIELDS.find((f) => f in rec);
        if (!toField && !fromField) {
          continue;
        }
        const to = toField ? laneOf(rec[toField]) : -1;
        let from = fromField ? laneOf(rec[fromField]) : -1;
        if (!fromField) {
          const active = rows[i].cells.map((c, j) => (c.active ? j : -1)).filter((j) => j >= 0);
          from = active.length === 1 && active[0] !== to ? active[0] : -1;
        }
        if (from === to) {
          continue;
        }
        let received: number | undefined;
        for (let j = i + 1; j < sets.length; j++) {
          if (!sets[j]!.some((x) => equal(x, m))) {
            received = j;
            break;
          }
        }
        const label = typeof rec.type === 'string' ? rec.type : name;
        out.push({ variable: name, label, from, to, sent: i, received });
      }
    }
  }
  return out;
}

function setElements(v: ItfValue | undefined): ItfValue[] | undefined {
  if (v && typeof v === 'object' && !Array.isArray(v) && Array.isArray((v as { '#set'?: unknown })['#set'])) {
    return (v as { '#set': ItfValue[] })['#set'];
  }
  return undefined;
}

/** The action that produced state `i` (`Init` for the first). */
export function actionOf(state: { '#meta'?: unknown }, i: number): string {
  const meta = state['#meta'] as { action?: unknown } | undefined;
  if (meta && typeof meta.action === 'string' && meta.action.length > 0) {
    return meta.action;
  }
  return i === 0 ? 'Init' : '';
}

function lookup(fn: ItfValue | undefined, key: ItfValue): ItfValue | undefined {
  const es = entries(fn);
  return es?.find(([k]) => equal(k, key))?.[1];
}

/** The domain of variable `name` when it is a function with the same 2..16 keys in every state. */
function commonDomain(trace: ItfTrace, name: string): ItfValue[] | undefined {
  let domain: ItfValue[] | undefined;
  let signature: string | undefined;
  for (const state of trace.states) {
    const es = entries(valueOf(state, name));
    if (!es || es.length < 2 || es.length > MAX_LANES) {
      return undefined;
    }
    const sig = es.map(([k]) => JSON.stringify(k)).sort().join('\u0000');
    if (signature === undefined) {
      signature = sig;
      domain = es.map(([k]) => k);
    } else if (sig !== signature) {
      return undefined;
    }
  }
  return domain;
}
