// Writes a TLA+ module of about `lines` lines, shaped like the specs in specs/: per-node state
// functions, a message set, actions as aligned conjunction lists with quantifiers, records, EXCEPT.
'use strict';
function generate(name, lines) {
  const out = [];
  out.push(`---- MODULE ${name} ----`);
  out.push('EXTENDS Naturals, FiniteSets, Sequences');
  out.push('CONSTANTS Nodes, Values, MaxRound');
  out.push('VARIABLES state, round, votes, msgs, log');
  out.push('vars == <<state, round, votes, msgs, log>>');
  out.push('');
  out.push('Init ==');
  out.push('  /\\ state = [n \\in Nodes |-> "idle"]');
  out.push('  /\\ round = [n \\in Nodes |-> 0]');
  out.push('  /\\ votes = [n \\in Nodes |-> {}]');
  out.push('  /\\ msgs = {}');
  out.push('  /\\ log = [n \\in Nodes |-> <<>>]');
  out.push('');
  const actions = [];
  let i = 0;
  while (out.length + actions.length < lines - 12) {
    const a = `Step${i}`;
    actions.push(a);
    out.push(`\\* Action ${i}: node n moves from phase ${i % 7} when a quorum agrees.`);
    out.push(`${a}(n) ==`);
    out.push(`  /\\ state[n] \\in {"idle", "phase${i % 7}"}`);
    out.push(`  /\\ round[n] < MaxRound`);
    out.push(`  /\\ \\E v \\in Values :`);
    out.push(`       /\\ Cardinality({m \\in Nodes : v \\in votes[m]}) * 2 > Cardinality(Nodes)`);
    out.push(`       /\\ msgs' = msgs \\cup {[type |-> "p${i}", from |-> n, val |-> v, rnd |-> round[n] + ${i % 5}]}`);
    out.push(`       /\\ log' = [log EXCEPT ![n] = Append(@, v)]`);
    out.push(`  /\\ state' = [state EXCEPT ![n] = IF round[n] > ${i % 3} THEN "phase${(i + 1) % 7}" ELSE "idle"]`);
    out.push(`  /\\ round' = [round EXCEPT ![n] = @ + 1]`);
    out.push(`  /\\ UNCHANGED votes`);
    out.push('');
    i++;
  }
  out.push('Next == \\E n \\in Nodes :');
  for (let k = 0; k < actions.length; k++) {
    out.push(`  \\/ ${actions[k]}(n)`);
  }
  out.push('');
  out.push('Spec == Init /\\ [][Next]_vars');
  out.push('TypeOK == /\\ round \\in [Nodes -> 0..MaxRound] /\\ msgs \\subseteq [type : STRING, from : Nodes, val : Values, rnd : Nat]');
  out.push('====');
  return out.join('\n') + '\n';
}
module.exports = { generate };
if (require.main === module) {
  process.stdout.write(generate(process.argv[2] ?? 'Big', Number(process.argv[3] ?? 3000)));
}
