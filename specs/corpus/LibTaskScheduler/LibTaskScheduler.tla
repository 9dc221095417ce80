--------------------------- MODULE LibTaskScheduler ---------------------------
(***************************************************************************)
(* A build scheduler runs tasks of a dependency graph on a few workers: a  *)
(* task starts once everything it depends on has finished. Uses Graphs for *)
(* the dependency graph and Relation for the order it implies.             *)
(***************************************************************************)
EXTENDS Naturals, FiniteSets, Graphs, Relation

CONSTANT Workers

Tasks == {"compile", "test", "lint", "package", "docs", "deploy"}
Deps == {<<"compile", "test">>, <<"compile", "package">>, <<"lint", "package">>,
         <<"test", "deploy">>, <<"package", "deploy">>, <<"docs", "deploy">>}

VARIABLES running, done

vars == <<running, done>>

G == [node |-> Tasks, edge |-> Deps]   \* <<a, b>>: a must finish before b starts
Before == TransitiveClosure([p \in Tasks \X Tasks |-> p \in Deps], Tasks)

ASSUME IsDirectedGraph(G)
ASSUME IsStrictlyPartiallyOrdered(Before, Tasks)   \* no cycles

Init == running = {} /\ done = {}

Start(t) ==
    /\ t \notin running \cup done
    /\ Cardinality(running) < Workers
    /\ Predecessors(G, t) \subseteq done
    /\ running' = running \cup {t}
    /\ UNCHANGED done

Finish(t) ==
    /\ t \in running
    /\ running' = running \ {t}
    /\ done' = done \cup {t}

Next == \E t \in Tasks : Start(t) \/ Finish(t)

Spec == Init /\ [][Next]_vars

\* everything a started task depends on, directly or not, has finished
DependenciesFirst ==
    \A t \in running \cup done : \A u \in Tasks : Before[u, t] => u \in done
Capacity == Cardinality(running) <= Workers
AllDoneEventually == done = Tasks \/ ENABLED Next
==============================================================================
