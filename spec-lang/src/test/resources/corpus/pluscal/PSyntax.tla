---- MODULE PSyntax ----
EXTENDS Naturals, Sequences, TLC
CONSTANT N
(* --algorithm PSyntax
variables x = 0, y \in 1..3, arr = [i \in 1..2 |-> 0];
define
  Inv == x >= 0
end define;
macro Inc(v) begin
  v := v + 1;
end macro;
procedure Reset(to = 0)
variables tmp = 0;
begin
  r1: x := to;
      return;
end procedure;
fair process Worker \in 1..2
variables loc = 0;
begin
  w1: while x < 3 do
        Inc(x);
        if x > 2 then loc := 1;
        elsif x > 1 then skip;
        else loc := 2;
        end if;
  w2:   either arr[1] := 1 || y := 2;
        or await x > 0;
        end either;
        with z \in 1..3, k = 2 do loc := z + k; end with;
        call Reset(0);
  w3:   goto w1;
      end while;
end process;
fair+ process Single = 10
begin
  s1: print x;
      assert x >= 0;
  s2:+ when x >= 0;
end process;
end algorithm; *)
\* BEGIN TRANSLATION
VARIABLES x, y, arr, pc, stack, to, tmp, loc
\* END TRANSLATION
====
