---- MODULE ToolboxMutex ----
(* Written the way the TLA+ Toolbox writes MC.tla: model values declared as constants of the MC *)
(* module and assigned to themselves in the config, a generated definition for the set of them, *)
(* and generated names for the behaviour spec, the invariant and the property.                 *)
EXTENDS Peterson, TLC

\* MV CONSTANT declarations@modelParameterConstants
CONSTANTS
t1, t2

\* MV CONSTANT definitions Threads
const_1733150000000002000 ==
{t1, t2}
----

\* SPECIFICATION definition @modelBehaviorSpec:0
spec_1733150000000003000 ==
Spec
----
\* INVARIANT definition @modelCorrectnessInvariants:0
inv_1733150000000004000 ==
MutualExclusion
----
\* PROPERTY definition @modelCorrectnessProperties:0
prop_1733150000000005000 ==
NoStarvation
----
=============================================================================
\* Modification History
\* Created Mon Dec 02 14:00:00 UTC 2026 by lockstep
