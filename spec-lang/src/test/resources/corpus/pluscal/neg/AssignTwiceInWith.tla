---- MODULE AssignTwiceInWith ----
EXTENDS Naturals, TLC
(* --algorithm assigntwiceinwith
variables x = 0, y = 0;
begin a: with z = 1 do x := z; x := 2; end with;
end algorithm; *)
====
