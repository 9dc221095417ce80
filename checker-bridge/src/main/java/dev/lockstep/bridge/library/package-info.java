/**
 * Lockstep's module library as the TLA+ tools see it. Takes the user's library folders
 * ({@code --library}, {@code LOCKSTEP_LIBRARY}) and gives the JVM options and classpath with which
 * TLC, SANY and validate's evaluator find modules in one order: the spec's folder, the user's
 * folders, then Lockstep's library (the CommunityModules and TLAPS library modules written for
 * Lockstep, {@link dev.lockstep.speclang.resolve.LockstepLibrary}). TLC's {@code TLA-Library}
 * property names the folders; its override mechanism ({@code tlc2.overrides.TLCOverrides},
 * {@code @TLAPlusOperator}, {@code @Evaluation}) evaluates some operators in Java
 * ({@link dev.lockstep.bridge.library.tlc}), only for modules that come from Lockstep's library.
 */
package dev.lockstep.bridge.library;
