----------------------------- MODULE VectorClocks -----------------------------
(***************************************************************************)
(* Vector clocks and causal order of logs. A clock is a function from      *)
(* nodes to natural numbers. Written for Lockstep from the                 *)
(* CommunityModules documentation (same names, arities and meaning).       *)
(***************************************************************************)
LOCAL INSTANCE Naturals
LOCAL INSTANCE Sequences
LOCAL INSTANCE FiniteSets

(* Whether clock vc1 happened before vc2: no entry greater, and the      *)
(* clocks differ (nodes missing from a clock count as 0).                  *)
LOCAL Entry(vc, n) == IF n \in DOMAIN vc THEN vc[n] ELSE 0
LOCAL Before(vc1, vc2) ==
    /\ \A n \in DOMAIN vc1 \cup DOMAIN vc2 : Entry(vc1, n) <= Entry(vc2, n)
    /\ \E n \in DOMAIN vc1 \cup DOMAIN vc2 : Entry(vc1, n) < Entry(vc2, n)

(* Whether the sequence log lists its entries in an order consistent with *)
(* their clocks clock(e): no entry comes after one it happened before.    *)
IsCausalOrder(log, clock(_)) ==
    \A i \in 1..Len(log) : \A j \in 1..(i - 1) : ~ Before(clock(log[i]), clock(log[j]))

(* log reordered causally: each entry after every entry that happened    *)
(* before it, and otherwise in the order of log. node(e) names the entry's *)
(* node and domain(e) the nodes its clock covers; an entry's clock is read *)
(* through clock(e) on those nodes.                                       *)
CausalOrder(log, clock(_), node(_), domain(_)) ==
    LET C(i) == [n \in domain(log[i]) |-> clock(log[i])[n]]
        RECURSIVE Sort(_, _)
        Sort(done, rest) ==
            IF rest = {} THEN done
            ELSE LET ready == {i \in rest : \A j \in rest : ~ Before(C(j), C(i))}
                     next == CHOOSE i \in ready : \A j \in ready : i <= j
                 IN  Sort(Append(done, log[next]), rest \ {next})
    IN  Sort(<<>>, 1..Len(log))

==============================================================================
