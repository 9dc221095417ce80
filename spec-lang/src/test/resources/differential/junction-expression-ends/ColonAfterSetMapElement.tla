---- MODULE ColonAfterSetMapElement ----
CONSTANTS S
A == {/\ z : z \in S}
====
