---- MODULE LoopsAndWith ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm loopsandwith
variables x = 0, y = 0;
procedure Q(p) begin q: x := p; return; end procedure;
begin a: while x < 2 do call Q(x + 1); end while;
b: with z \in {1} do with w \in {2} do x := z; y := w; end with; end with;
c: either x := 1; or d: y := 1; end either;
e: skip;
f: skip; goto f;
end algorithm; *)
====
