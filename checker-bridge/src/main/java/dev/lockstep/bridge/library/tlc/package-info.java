/**
 * The Java evaluation of library operators, loaded by TLC through {@code tlc2.overrides.TLCOverrides}:
 * operators pure TLA+ evaluates too slowly (SetToSeq, FoldSet, FoldFunction, Range, ...) and those it
 * cannot evaluate at all (Json, IOUtils, CSV, Statistics, parts of TLCExt). Each method returns a
 * value its module's TLA+ definition allows; errors are TLC evaluation errors with the operator's
 * name, which TLC reports at the spec location that applied it. These classes run inside TLC's JVM
 * and depend only on the TLA+ tools.
 */
package dev.lockstep.bridge.library.tlc;
