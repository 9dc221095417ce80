---- MODULE Spec ----
(* --algorithm Alg {
procedure Proc() variables stack = 0 {
}
{
}
} *)
====