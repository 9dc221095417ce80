---------------------------- MODULE LibFeatureFlags ----------------------------
(***************************************************************************)
(* Feature flags kept as a bit mask, as a service stores them: operators   *)
(* toggle flags, some flags require others, and a rollout mask limits what *)
(* may be switched on. Uses Bitwise.                                       *)
(***************************************************************************)
EXTENDS Naturals, Bitwise

CONSTANTS NFlags, Rollout

VARIABLES flags, toggles

vars == <<flags, toggles>>

Bit(i) == 2 ^ i
IsOn(m, i) == (m & Bit(i)) # 0
\* flag 1 needs flag 0; flag 3 needs flag 2
Requires == {<<1, 0>>, <<3, 2>>}
Consistent(m) == \A r \in Requires : IsOn(m, r[1]) => IsOn(m, r[2])

Init == flags = 0 /\ toggles = 0

TurnOn(i) ==
    /\ ~ IsOn(flags, i)
    /\ IsOn(Rollout, i)
    /\ Consistent(flags | Bit(i))
    /\ flags' = flags | Bit(i)
    /\ toggles' = toggles + 1

TurnOff(i) ==
    /\ IsOn(flags, i)
    /\ Consistent(flags ^^ Bit(i))
    /\ flags' = flags ^^ Bit(i)
    /\ toggles' = toggles + 1

Next == /\ toggles < 6
        /\ \E i \in 0..(NFlags - 1) : TurnOn(i) \/ TurnOff(i)

Spec == Init /\ [][Next]_vars

WithinRollout == (flags & Not(Rollout)) = 0 \/ flags = 0
DependenciesHold == Consistent(flags)
InRange == flags < Bit(NFlags) /\ shiftR(flags, NFlags) = 0
==============================================================================
