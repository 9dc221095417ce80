---- MODULE BadAlwaysAction ----
\* Next is an action defined in another file
EXTENDS LevelsLibrary
Spec == [](Next)
====
