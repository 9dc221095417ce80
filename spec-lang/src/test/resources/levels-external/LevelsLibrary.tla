---- MODULE LevelsLibrary ----
\* A module the others read from this folder (not nested, not standard)
VARIABLE x
Next == x' = x
Prime(p) == p'
Single(p) == {p}
====
