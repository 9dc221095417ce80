/**
 * Java source emission. {@link dev.lockstep.translator.emit.SkeletonEmitter} runs a generation:
 * it names the variables and constants ({@code Naming}) and types them ({@code JavaTypes}), splits
 * the next-state relation into actions with {@code ActionSplitter} (pure: Next walked once, giving
 * the {@code ActionModel}s with their parameter types merged over every call, and the walk the
 * enabled-action enumeration follows), finds the outside world, and then runs one emitter per
 * generated file over a shared {@code EmitContext}: {@code BaseEmitter} (the spec projected into
 * Java; written first, as it finds what is left to the user), {@code StateEmitter},
 * {@code ConstantsEmitter}, {@code EnvironmentEmitter}, {@code UserClassEmitter} and
 * {@code MainEmitter}. Base-class methods are named once under a sealed {@code MethodKey}.
 *
 * <p>{@code ExprCompiler} compiles the translatable expression subset to calls on the runtime's
 * values; {@code ActionCompiler} compiles actions into successor enumeration in TLC's manner
 * (conjuncts left to right, first {@code x' = e} assigns, later ones test); each part outside the
 * subset becomes an abstract method ({@code Holes}), named after its operator or after the action
 * and its position, while the rest stays translated; higher-order operators take Java functions.
 * {@code ScalarComparisons} compares integers and enum-typed variables as Java scalars. {@code Code}
 * indents and wraps lines at 120 characters. {@code JavaTypes}
 * maps the spec's types to Java (long, boolean, String, enums, records, a sealed interface with one
 * record per variant for a union of record sets told apart by a tag field, {@code Optional} for
 * {@code S \cup {Nil}}, immutable collections) with the runtime's {@code Codec}s between them and
 * TLA+ values; {@code RecordTypesEmitter} writes those records and sealed interfaces into the state
 * class. {@link dev.lockstep.translator.emit.JavaNames}
 * and {@link dev.lockstep.translator.emit.JavaText} make sure no spec text reaches the output as
 * code: identifiers are escaped, strings and comments are quoted.
 */
package dev.lockstep.translator.emit;
