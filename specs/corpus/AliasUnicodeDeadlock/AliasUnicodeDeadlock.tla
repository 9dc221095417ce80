---- MODULE AliasUnicodeDeadlock ----
(* Two workers each need both locks and take them in opposite orders: a       *)
(* deadlock. Unicode spec; the ALIAS names who holds what.                      *)
EXTENDS Naturals

VARIABLES holds, done

Workers ≜ {"w1", "w2"}
Locks ≜ {"a", "b"}
Order ≜ [w ∈ Workers ↦ IF w = "w1" THEN ⟨"a", "b"⟩ ELSE ⟨"b", "a"⟩]

Free(l) ≜ ∀ w ∈ Workers : l ∉ holds[w]

Init ≜ ∧ holds = [w ∈ Workers ↦ {}]
       ∧ done = {}

Take(w) ≜ ∧ w ∉ done
          ∧ ∃ i ∈ 1 ‥ 2 :
               ∧ Order[w][i] ∉ holds[w]
               ∧ ∀ j ∈ 1 ‥ (i - 1) : Order[w][j] ∈ holds[w]
               ∧ Free(Order[w][i])
               ∧ holds′ = [holds EXCEPT ![w] = @ ∪ {Order[w][i]}]
          ∧ UNCHANGED done

Finish(w) ≜ ∧ holds[w] = Locks
            ∧ holds′ = [holds EXCEPT ![w] = {}]
            ∧ done′ = done ∪ {w}

Next ≜ ∃ w ∈ Workers : Take(w) ∨ Finish(w)

Owner ≜ [l ∈ Locks ↦ IF Free(l) THEN "nobody" ELSE CHOOSE w ∈ Workers : l ∈ holds[w]]

Shown ≜ [owner ↦ Owner, finished ↦ done]
====
