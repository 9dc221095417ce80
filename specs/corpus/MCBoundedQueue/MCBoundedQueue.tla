---- MODULE MCBoundedQueue ----
(* The MC module of a model: it EXTENDS the spec and defines what the config substitutes for *)
(* the constants (CONSTANT Capacity <- MC_Capacity), and a state constraint over the spec's   *)
(* variables that keeps the per-consumer histories finite.                                  *)
EXTENDS BoundedQueue
MC_Capacity == 2
MC_Items == {"a", "b"}
MC_Constraint == \A c \in Consumers : Len(taken[c]) <= 2
====
