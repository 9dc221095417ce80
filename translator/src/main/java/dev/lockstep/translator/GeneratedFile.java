package dev.lockstep.translator;

/**
 * One Java source file of a generation.
 *
 * @param relativePath path below the output directory, e.g. {@code com/acme/bank/BankBase.java}
 * @param content      the full text
 * @param ownership    whether lockstep rewrites it on every run or creates it once for the user
 */
public record GeneratedFile(String relativePath, String content, Ownership ownership) {
    /** Who owns a generated file. */
    public enum Ownership {
        /** Rewritten on every run; says so in its header. */
        GENERATED,
        /** Created once, then the user's: never overwritten. */
        USER
    }
}
