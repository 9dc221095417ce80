/**
 * What the translator needs to know about a spec before writing Java: variables, constants and
 * definitions ({@link dev.lockstep.translator.analysis.SpecModel}), which definitions are actions
 * (mention primed variables), temporal formulas or state-level, and each variable's Java type from
 * the type invariant or the initial predicate ({@link dev.lockstep.translator.analysis.TypeInference}).
 */
package dev.lockstep.translator.analysis;
