package dev.lockstep.bridge.config;

import dev.lockstep.speclang.diag.SourceRange;

/** A name a configuration section lists (an invariant, the INIT predicate), where it is written. */
public record Named(String name, SourceRange range) {
}
