---- MODULE MacroBodies ----
EXTENDS Naturals, Sequences, TLC
(* --algorithm macrobodies
variables x = 0, y = 0;
macro Inc() begin x := x + 1; end macro;
macro Loop() begin while x < 3 do Inc(); end while; end macro;
macro Jump() begin goto b; end macro;
macro Ret() begin return; end macro;
macro Call() begin call Q(); end macro;
procedure Q() begin q: Ret(); end procedure;
begin a: Loop();
b: Call();
c: Jump();
end algorithm; *)
====
