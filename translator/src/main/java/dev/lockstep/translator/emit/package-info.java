/**
 * Java source emission. {@link dev.lockstep.translator.emit.SkeletonEmitter} writes the classes;
 * {@code ExprCompiler} compiles the translatable expression subset to calls on the runtime's
 * values; {@code ActionCompiler} compiles actions into successor enumeration in TLC's manner
 * (conjuncts left to right, first {@code x' = e} assigns, later ones test); anything outside the
 * subset becomes an abstract method named after its operator. {@link dev.lockstep.translator.emit.JavaNames}
 * and {@link dev.lockstep.translator.emit.JavaText} make sure no spec text reaches the output as
 * code: identifiers are escaped, strings and comments are quoted.
 */
package dev.lockstep.translator.emit;
