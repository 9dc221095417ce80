---- MODULE Values ----
EXTENDS Naturals, Integers, Sequences, TLC
CONSTANTS a, b
VARIABLES s, f, r, t, n, m, i, e
Init == /\ s = "he said \"hi\"\\ and\nleft"
        /\ f = (a :> 1 @@ b :> {2, 3})
        /\ r = [x |-> <<1, "two">>, y |-> {}, z |-> [k |-> TRUE]]
        /\ t = <<>>
        /\ n = -1234567890
        /\ m = {a, b}
        /\ i = 2..5
        /\ e = [q \in {1,3} |-> q * 2]
Next == /\ PrintT(<<"hello", n>>)
        /\ n' = n + 1 /\ UNCHANGED <<s, f, r, t, m, i, e>>
Inv == n < -1234567889
====
