/**
 * TLC model configurations ({@code .cfg}), read once for every tool. Takes configuration text;
 * gives a typed, immutable {@link dev.lockstep.bridge.config.TlcConfig} (constants as assignments
 * and substitutions with their {@code [Mod]} scope, the behaviour spec, invariants, properties,
 * constraints, SYMMETRY, VIEW, ALIAS, POSTCONDITION, CHECK_DEADLOCK) with source positions, plus
 * diagnostics. {@link dev.lockstep.bridge.config.TlcConfigReader} accepts exactly what TLC's own
 * reader accepts (Specifying Systems, section 14.7.1, as implemented by
 * {@code tlc2.tool.impl.ModelConfig}): a Lockstep tool must never reject a model TLC checks.
 * Checks beyond TLC's ({@link dev.lockstep.bridge.config.UndeclaredNames}) are warnings.
 * {@link dev.lockstep.bridge.config.SpecFiles} says where a spec's default configuration lives.
 */
package dev.lockstep.bridge.config;
