---- MODULE Spec ----
 x
  S
 F