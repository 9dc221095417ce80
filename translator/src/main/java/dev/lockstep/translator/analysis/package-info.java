/**
 * What the translator needs to know about a spec before writing Java: variables, constants and
 * definitions ({@link dev.lockstep.translator.analysis.SpecModel}), which definitions are actions
 * (mention primed variables), temporal formulas or state-level, each variable's type from the type
 * invariant or the initial predicate ({@link dev.lockstep.translator.analysis.TypeInference},
 * {@link dev.lockstep.translator.analysis.TlaType}), and which variables model the outside world
 * ({@link dev.lockstep.translator.analysis.EnvironmentAnalysis}).
 */
package dev.lockstep.translator.analysis;
