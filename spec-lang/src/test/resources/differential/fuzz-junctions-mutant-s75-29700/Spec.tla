---- MODULE Spec ----
A ==   /\ LET L == 1 IN p
       /\[
          \/ <<\/ [r EXCEPT ![1] =
                    /\ q
                 ]
               \/ q>>
         ]
       /\ IF
         /\ i |->
>>