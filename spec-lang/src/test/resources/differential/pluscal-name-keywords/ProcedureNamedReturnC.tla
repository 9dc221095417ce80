---- MODULE ProcedureNamedReturnC ----
EXTENDS Naturals, Sequences
(* --algorithm jobs {
variables done = 0;
procedure return(job) {
  Run: done := done + job;
  return;
}
{ Start: call return(1); }
} *)
====
