package dev.lockstep.speclang;

import dev.lockstep.speclang.print.AsciiCopy;

/** ASCII text of a file for tools that predate TLA+'s Unicode symbols: the copy Lockstep hands TLC. */
final class AsciiRewriter {
    private AsciiRewriter() {
    }

    static String rewrite(String text) {
        return AsciiCopy.of(text).text();
    }
}
