---- MODULE GotoAfterIfWithCall ----
EXTENDS Naturals, TLC
(* --algorithm gotoafterifwithcall
variables x = 0, y = 0;
procedure Q() begin q: return; end procedure;
begin a: if y = 0 then call Q(); end if;
goto a;
end algorithm; *)
====
