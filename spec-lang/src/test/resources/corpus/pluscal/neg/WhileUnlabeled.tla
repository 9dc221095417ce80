---- MODULE WhileUnlabeled ----
EXTENDS Naturals
(* --algorithm WhileUnlabeled
variables x = 0;
begin
  a: x := 0;
     while x < 3 do x := x + 1; end while;
end algorithm *)
====
