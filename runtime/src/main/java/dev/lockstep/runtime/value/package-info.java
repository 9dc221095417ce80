/**
 * Immutable TLA+ values: {@link dev.lockstep.runtime.value.BoolValue booleans},
 * {@link dev.lockstep.runtime.value.IntValue integers of any size},
 * {@link dev.lockstep.runtime.value.StrValue strings}, {@link dev.lockstep.runtime.value.ModelValue
 * model values}, {@link dev.lockstep.runtime.value.SetValue finite sets} and
 * {@link dev.lockstep.runtime.value.FunctionValue functions} (plain functions, records, sequences and
 * tuples).
 *
 * <p>Takes nothing but Java values; gives values with TLA+ equality (Specifying Systems, chapter 16:
 * records, tuples and sequences are functions, so {@code <<1, 2>> = [i \in 1..2 |-> i]}) and one
 * canonical total order, so sets and functions iterate, print and encode the same way on every run.
 * Generated skeletons and the trace log use these types for everything a spec does not let the
 * translator type more precisely; {@link dev.lockstep.runtime.value.Codec} maps values to idiomatic
 * Java ({@code long}, enums, {@code Set}/{@code List}/{@code Map}) and back for typed state fields.
 */
package dev.lockstep.runtime.value;
