---- MODULE NoCommentOpenerP ----
EXTENDS Naturals
 --algorithm Counter
variables count = 0, limit = 3;
begin
  Step: count := count + 1;
end algorithm *)
====
