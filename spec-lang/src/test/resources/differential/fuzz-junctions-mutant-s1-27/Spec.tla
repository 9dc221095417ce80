---- MODULE Spec ----
 ==
 2