---- MODULE ProcedureNamedLikeVariable ----
EXTENDS Naturals, Sequences
(* --algorithm jobs {
variables work = 0;
procedure work() {
  Add: work := work + 1;
  return;
}
{
  Call: call work();
}
} *)
====
