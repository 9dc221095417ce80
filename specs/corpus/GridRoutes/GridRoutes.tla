----------------------------- MODULE GridRoutes -----------------------------
(***************************************************************************)
(* A delivery robot on a small grid drives towards the dock at (0, 0),     *)
(* one cell west or south per step. It keeps the number of shortest routes *)
(* left from where it is, a recursive function of two arguments, and when  *)
(* it recharges it gains what its distance to the dock costs, a recursive  *)
(* function of two arguments defined in a LET.                            *)
(***************************************************************************)
EXTENDS Naturals

CONSTANTS Size, MaxCharge

VARIABLES x, y, routes, charge

vars == <<x, y, routes, charge>>

Cells == (0..Size) \X (0..Size)

Routes[i \in 0..Size, j \in 0..Size] ==
    IF i = 0 \/ j = 0 THEN 1 ELSE Routes[i - 1, j] + Routes[i, j - 1]

Min(a, b) == IF a < b THEN a ELSE b

TypeOK == /\ x \in 0..Size
          /\ y \in 0..Size
          /\ routes \in 1..Routes[Size, Size]
          /\ charge \in 0..MaxCharge

Init == /\ x = Size
        /\ y = Size
        /\ routes = Routes[Size, Size]
        /\ charge = MaxCharge

West == /\ x > 0
        /\ charge > 0
        /\ <<x - 1, y>> \in DOMAIN Routes
        /\ x' = x - 1
        /\ routes' = Routes[x - 1, y]
        /\ charge' = charge - 1
        /\ UNCHANGED y

South == /\ y > 0
         /\ charge > 0
         /\ y' = y - 1
         /\ routes' = Routes[<<x, y - 1>>]
         /\ charge' = charge - 1
         /\ UNCHANGED x

Recharge == /\ charge < MaxCharge
            /\ charge' = LET cost[a \in 0..Size, b \in 0..Size] ==
                                 IF a = 0 THEN b ELSE 1 + cost[a - 1, b]
                         IN  Min(MaxCharge, charge + cost[x, y] + 1)
            /\ UNCHANGED <<x, y, routes>>

Restart == /\ x = 0
           /\ y = 0
           /\ x' = Size
           /\ y' = Size
           /\ routes' = Routes[Size, Size]
           /\ UNCHANGED charge

Next == West \/ South \/ Recharge \/ Restart

Spec == Init /\ [][Next]_vars

RoutesLeft == routes = Routes[x, y]
=============================================================================
