---- MODULE TupleInInnerListInApplication ----
CONSTANTS f, p, q
Init == /\ f[/\ CASE \/ <<
                   \/ ~p>>
                    /\ q -> 1 [] OTHER -> 2
            /\ q
          ]
====
