---- MODULE Spec ----
 S
 
 p