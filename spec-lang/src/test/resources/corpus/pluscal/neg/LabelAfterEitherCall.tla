---- MODULE LabelAfterEitherCall ----
EXTENDS Naturals, TLC
(* --algorithm labelaftereithercall
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
begin a: either call Q(); or skip; end either;
y := 1;
end algorithm; *)
====
