---- MODULE Spec ----
 ==
 {
p
 p
 {