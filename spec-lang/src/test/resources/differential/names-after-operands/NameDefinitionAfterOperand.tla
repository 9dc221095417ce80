---- MODULE NameDefinitionAfterOperand ----
VARIABLE v
Step == v'
Keep == v = 1
Set == {v}
Pair == <<v>>
At == [i \in {1} |-> i][1]
Yes == TRUE
Name == "n"
====
