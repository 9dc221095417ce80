---- MODULE Levels ----
\* Level-correct formulas at the edges of SANY's rules (Specifying Systems 17.2)
EXTENDS Naturals, Sequences
CONSTANTS c, S
VARIABLES x, y
vars == <<x, y>>
PrimedConstant == c' = c + 1
PrimedSum == (c + 1)'
Next == x' = x + 1 /\ UNCHANGED y
Spec == x = 0 /\ [][Next]_vars /\ WF_vars(Next) /\ SF_x(Next)
Boxed == [][Next]_vars
AlwaysBoxed == []Boxed
EventuallyAngle == <><<Next>>_vars
TemporalForall == \AA z : (z' = x)
IfTemporal == IF [](x = 1) THEN 1 ELSE 2
ForallTemporal == \A z \in S : [](x = z)
ExistsAction == \E z \in {x} : z' = 1
EnabledState == ENABLED (x = 1)
EnabledConstant == ENABLED c
UnchangedConstant == UNCHANGED c
BoxConstant == [x' = 1]_c
FairConstant == WF_c(x' = 1)
EnabledUnchanged == ENABLED (UNCHANGED x)
AlwaysEnabled == [](ENABLED Next)
FunctionTemporal == [z \in S |-> [](z = x)]
LetPrime == LET F(p) == p' IN F(x)
BoxParam(p) == []p
BoxParamAction == BoxParam(x' = 1)
Mixed(p) == p /\ []TRUE
MixedAction == Mixed(x' = 1)
LeadsTo == x = 1 ~> []TRUE
PowersetAction == SUBSET (x')
PlusAction == (x' = 1) + 1
LenAction == Len(<<x'>>)
MapAction == [z \in {x'} |-> z]
AlwaysAndEnabled == [](x = 1) /\ (ENABLED (x' = 1))
CdotAction == Next \cdot Next
ExceptAt == [x EXCEPT ![1] = @']
RecordTemporal == [a |-> []TRUE]
FieldAction == [a |-> x'].a
Labelled == l :: x'
CaseTemporal == CASE x' = 1 -> []TRUE [] OTHER -> 1
f[n \in Nat] == IF n = 0 THEN x ELSE f[n - 1]
PrimedFunction == f'
FilterAction == {z \in S : z' = 1}
Apply(G(_), v) == G(v)
ApplyPrime == Apply(LAMBDA z : z', x)
---- MODULE Inner ----
CONSTANT k
VARIABLE v
KDef == k + 1
VDef == v' = k
====
I == INSTANCE Inner WITH k <- c, v <- y
J(p) == INSTANCE Inner WITH k <- c, v <- p
KAction == J(x')!KDef
VPrimed == I!KDef'
ASSUME c \in S
THEOREM Spec => [](x \in Nat)
====
