---- MODULE IfMapsToNoJunction ----
A == IF
  /\ i |->
>>
====
