──────────────────────────── MODULE UnicodeTokenRing ────────────────────────────
(* A token circulates on a ring of N nodes; a node holding the token may do one   *)
(* unit of work before passing it on. Written with TLA+'s Unicode symbols, with   *)
(* junction lists opened on the definition's line and below it, nested lists,     *)
(* items continued over lines, and CASE and LET inside items.                     *)
EXTENDS Naturals, FiniteSets

CONSTANTS N, MaxWork

VARIABLES token, work, passes

vars ≜ ⟨token, work, passes⟩

Nodes ≜ 0 ‥ (N - 1)

Succ(n) ≜ (n + 1) % N

TypeOK ≜
  ∧ token ∈ Nodes
  ∧ work ∈ [Nodes → 0 ‥ MaxWork]
  ∧ passes ∈ Nat

Init ≜ ∧ token = 0
       ∧ work = [n ∈ Nodes ↦ 0]
       ∧ passes = 0

DoWork ≜
    ∧ work[token] < MaxWork
    ∧ work′ = [work EXCEPT ![token] = @ + 1]
    ∧ UNCHANGED ⟨token, passes⟩

Pass ≜ ∧ ∨ work[token] = MaxWork
         ∨ ∧ passes < 2 * N
           ∧ work[token] > 0
       ∧ token′ = Succ(token)
       ∧ passes′ = IF passes < 3 * N THEN passes + 1
                                     ELSE passes
       ∧ UNCHANGED work

Rest ≜ LET done ≜ {n ∈ Nodes : work[n] = MaxWork}
       IN  ∧ done = Nodes
           ∧ UNCHANGED vars

Next ≜ DoWork ∨ Pass ∨ Rest

Spec ≜ Init ∧ □[Next]_vars

Kind(n) ≜ CASE work[n] = 0       → "idle"
             □ work[n] = MaxWork → "done"
             □ OTHER             → "busy"

OneHolder ≜ ∀ m, n ∈ Nodes : (m = token ∧ n = token) ⇒ m = n
WorkBounded ≜ ∀ n ∈ Nodes : ∧ work[n] ≤ MaxWork
                            ∧ Kind(n) ∈ {"idle", "busy", "done"}
PassesBounded ≜ passes ≤ 3 * N
════════════════════════════════════════════════════════════════════════════════
