---- MODULE InfixParamTrue ----
TRUE ++ b == b
====
