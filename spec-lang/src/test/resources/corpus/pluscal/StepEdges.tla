---- MODULE StepEdges ----
EXTENDS Naturals, TLC
(* --algorithm stepedges
variables x = <<0, 0>>, y = 0;
begin a: x[1] := 1 || x[2] := 2;
b: if y = 0 then y := 1; else y := 2; end if;
c: either y := 3; or y := 4; end either;
x[1] := y;
d: while y < 5 do y := y + 1; goto d; end while;
e: while y < 9 do f: y := y + 1; end while;
y := 0;
g: if y = 0 then goto Done; end if;
end algorithm; *)
====
