---- MODULE UnicodeMutexBug ----
(* A broken mutual exclusion: a process checks that the other is not in its    *)
(* critical section, and enters one step later, so both can get in. Unicode.    *)
EXTENDS Naturals

CONSTANT Procs

VARIABLES pc, flag

Other(p) ≜ CHOOSE q ∈ Procs : q ≠ p

Init ≜ ∧ pc = [p ∈ Procs ↦ "idle"]
       ∧ flag = [p ∈ Procs ↦ FALSE]

Check(p) ≜ ∧ pc[p] = "idle"
           ∧ ¬flag[Other(p)]
           ∧ pc′ = [pc EXCEPT ![p] = "checked"]
           ∧ flag′ = flag

Enter(p) ≜ ∧ pc[p] = "checked"
           ∧ pc′ = [pc EXCEPT ![p] = "critical"]
           ∧ flag′ = [flag EXCEPT ![p] = TRUE]

Leave(p) ≜ ∧ pc[p] = "critical"
           ∧ pc′ = [pc EXCEPT ![p] = "idle"]
           ∧ flag′ = [flag EXCEPT ![p] = FALSE]

Next ≜ ∃ p ∈ Procs : Check(p) ∨ Enter(p) ∨ Leave(p)

Mutex ≜ ∀ p, q ∈ Procs : p ≠ q ⇒ ¬(pc[p] = "critical" ∧ pc[q] = "critical")
====
