---- MODULE Literals ----
EXTENDS Naturals, Reals
Num == 42
Bin == \b1010
Oct == \o17
Hex == \hFF
HexUpper == \HFF
Str == "a \"quoted\" string \\ with escapes\n"
Bool == TRUE /\ ~FALSE
Sets == BOOLEAN \cup {TRUE}
Strs == "x" \in STRING
Dec == 2.5
====
