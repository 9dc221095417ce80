---- MODULE Unicode ----
EXTENDS Integers
VARIABLES x, y
Init ≜ x = 0 ∧ y ∈ {1, 2}
Next ≜ ∨ ∧ x' = x + 1
         ∧ UNCHANGED y
       ∨ ∃ v ∈ 1‥3 : y' = v ∧ x' = x
Inv ≜ ∀ v ∈ {x} : v ≥ 0 ∧ v ≠ -1 ⇒ ⟨v, v⟩ ∈ Nat × Nat
Spec ≜ Init ∧ □[Next]_⟨x, y⟩ ∧ ◇(x > 2)
====
