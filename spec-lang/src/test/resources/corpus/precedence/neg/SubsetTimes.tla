---- MODULE SubsetTimes ----
A == SUBSET {1} \X {2}
====
