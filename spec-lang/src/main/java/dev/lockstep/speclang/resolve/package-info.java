/**
 * Name resolution, the phase after parsing: {@link dev.lockstep.speclang.resolve.Resolver} takes a
 * {@link dev.lockstep.speclang.ParseResult} and gives a
 * {@link dev.lockstep.speclang.resolve.ResolvedSpec}: every use of a name linked to its
 * {@link dev.lockstep.speclang.resolve.Symbol} (what go-to-definition and rename build on), plus
 * LS2xx diagnostics where SANY's semantic analysis would reject the module (unknown names and
 * operator symbols, duplicates in nested scopes, wrong arity, missing modules) and, once every
 * name is known, level errors ({@code LevelChecker}, after Specifying Systems section 17.2 and
 * SANY's {@code LevelNode}: constant, state, action and temporal levels, LS205-LS208). The standard
 * modules' exports are a table; other modules are found beside the spec, like SANY does. When the
 * parse had syntax errors the links are still computed on the recovered tree (an editor mid-edit
 * needs them) but no LS2xx diagnostic is reported.
 */
package dev.lockstep.speclang.resolve;
