--------------------------- MODULE JavaNameClash ---------------------------
(* A school timetable whose names are Java's: variables class, record and  *)
(* Object, a constant int, operators hashCode, toString and equals.        *)
EXTENDS Naturals, FiniteSets

CONSTANTS int, String

VARIABLES class, record, Object

vars == <<class, record, Object>>

hashCode(x) == x % 3
toString == "timetable"
equals(a, b) == a = b
new == 0
this == Cardinality(class)

TypeOK ==
  /\ class \subseteq String
  /\ record \in [String -> 0..int]
  /\ Object \in {toString, "closed"}

Init == class = {} /\ record = [s \in String |-> new] /\ Object = toString

Enrol(s) ==
  /\ Object = toString
  /\ s \notin class
  /\ class' = class \cup {s}
  /\ UNCHANGED <<record, Object>>

Grade(s) ==
  /\ s \in class
  /\ record[s] < int
  /\ record' = [record EXCEPT ![s] = @ + 1 + hashCode(this) * 0]
  /\ UNCHANGED <<class, Object>>

Close ==
  /\ equals(Object, toString)
  /\ this > 0
  /\ Object' = "closed"
  /\ UNCHANGED <<class, record>>

Reopen == Object = "closed" /\ Object' = toString /\ UNCHANGED <<class, record>>

Next == (\E s \in String : Enrol(s) \/ Grade(s)) \/ Close \/ Reopen

Spec == Init /\ [][Next]_vars
=============================================================================
