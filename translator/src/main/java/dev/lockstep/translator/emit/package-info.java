/**
 * Java source emission. {@link dev.lockstep.translator.emit.SkeletonEmitter} writes the classes;
 * {@code ExprCompiler} compiles the translatable expression subset to calls on the runtime's
 * values; {@code ActionCompiler} compiles actions into successor enumeration in TLC's manner
 * (conjuncts left to right, first {@code x' = e} assigns, later ones test); each part outside the
 * subset becomes an abstract method, named after its operator or after the action and its position,
 * while the rest stays translated; higher-order operators take Java functions. {@code JavaTypes}
 * maps the spec's types to Java (long, boolean, String, enums, immutable collections) with the
 * runtime's {@code Codec}s between them and TLA+ values. {@link dev.lockstep.translator.emit.JavaNames}
 * and {@link dev.lockstep.translator.emit.JavaText} make sure no spec text reaches the output as
 * code: identifiers are escaped, strings and comments are quoted.
 */
package dev.lockstep.translator.emit;
