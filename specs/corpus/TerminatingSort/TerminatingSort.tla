---- MODULE TerminatingSort ----
(* Bubble sort by adjacent swaps of a fixed array. It terminates: the final state has no *)
(* successor, which is not a deadlock here, so the config says CHECK_DEADLOCK FALSE.       *)
EXTENDS Naturals, Sequences, FiniteSets
CONSTANT Input
VARIABLE arr
Init == arr = Input
Swap(i) == arr[i] > arr[i + 1] /\ arr' = [arr EXCEPT ![i] = arr[i + 1], ![i + 1] = arr[i]]
Next == \E i \in 1..(Len(arr) - 1) : Swap(i)
Sorted == \A i \in 1..(Len(arr) - 1) : arr[i] <= arr[i + 1]
Permutation == \A v \in {Input[i] : i \in 1..Len(Input)} :
                 Cardinality({i \in 1..Len(arr) : arr[i] = v}) = Cardinality({i \in 1..Len(Input) : Input[i] = v})
ENABLEDorSorted == (~ENABLED Next) => Sorted
MC_Input == << 3, 1, 2, 1 >>
====
