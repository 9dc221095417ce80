package dev.lockstep.speclang.diag;

/**
 * Stable diagnostic codes, grouped by range as Quint does: LS0xx input and files, LS1xx lexing and
 * parsing, LS2xx names and resolution, LS3xx PlusCal, LS4xx semantic checks reported by SANY,
 * LS5xx model configuration, LS6xx model checking, LS7xx code generation, LS8xx log input for trace
 * validation. Codes are never renumbered; tests assert codes,
 * not wording.
 */
public enum DiagnosticCode {
    /** A file named on the command line or by EXTENDS does not exist or cannot be read. */
    LS001_FILE_NOT_FOUND("LS001"),
    /** A file could not be read (permissions, I/O error, not text). */
    LS002_FILE_UNREADABLE("LS002"),
    /** A file is too large to be analysed while editing (the language server skips it). */
    LS003_FILE_TOO_LARGE("LS003"),

    /** The lexer met a character or token it cannot read. */
    LS101_LEXICAL_ERROR("LS101"),
    /** The parser met a token it did not expect. */
    LS102_SYNTAX_ERROR("LS102"),
    /** Two operators with overlapping precedence ranges are mixed without parentheses. */
    LS103_PRECEDENCE_CONFLICT("LS103"),
    /** The file contains no {@code ---- MODULE name ----} header. */
    LS104_NO_MODULE("LS104"),
    /** A module's name differs from its file name. */
    LS105_MODULE_NAME_MISMATCH("LS105"),
    /** An expression or statement is nested too deeply to parse. */
    LS106_TOO_DEEP("LS106"),
    /** A proof step's level does not fit its proof (a step deeper or shallower than its siblings). */
    LS107_PROOF_STEP_LEVEL("LS107"),
    /**
     * An expression SANY's parser reads but its semantic analysis rejects: {@code [e]} without
     * {@code _v}, an operator symbol standing where an operand is expected ({@code A == <}), the name
     * of an ASSUME/PROVE theorem or step used as a formula rather than as a fact.
     */
    LS108_UNSUPPORTED_EXPRESSION("LS108"),

    /** A name is used that no definition in scope declares. */
    LS201_UNKNOWN_NAME("LS201"),
    /** A name is defined twice in the same scope. */
    LS202_DUPLICATE_DEFINITION("LS202"),
    /** An operator is applied to the wrong number of arguments. */
    LS203_ARITY_MISMATCH("LS203"),
    /** A module named by EXTENDS or INSTANCE cannot be found. */
    LS204_UNKNOWN_MODULE("LS204"),
    /** Level error: an argument's level is above what its operator allows (e.g. {@code (x')'}, {@code UNCHANGED x'}). */
    LS205_LEVEL_ARGUMENT("LS205"),
    /** Level error: an action where only a temporal formula or state predicate may stand ({@code [](x' = x)}). */
    LS206_LEVEL_TEMPORAL_ACTION("LS206"),
    /** Level error: an ASSUME that is not constant-level (it mentions a variable, a prime, ...). */
    LS207_LEVEL_ASSUMPTION("LS207"),
    /** Level error: an INSTANCE substitution above the level of the constant or variable it replaces. */
    LS208_LEVEL_SUBSTITUTION("LS208"),
    /** A module that EXTENDS or INSTANCE brings in has errors of its own (warning: has warnings). */
    LS209_MODULE_HAS_ERRORS("LS209"),
    /** Warning: a name that combined modules define or declare more than once, as SANY warns (the first one is used). */
    LS210_MULTIPLE_DEFINITIONS("LS210"),
    /** A declaration, ASSUME, THEOREM, USE/HIDE or nested module between a RECURSIVE declaration and the operator's definition. */
    LS211_RECURSIVE_SECTION("LS211"),

    /** The PlusCal translator rejected the algorithm. */
    LS301_PLUSCAL_TRANSLATION("LS301"),
    /** The module has a PlusCal algorithm with no translation, or a stale one. */
    LS302_PLUSCAL_STALE_TRANSLATION("LS302"),
    /** The PlusCal algorithm has a syntax error. */
    LS303_PLUSCAL_SYNTAX("LS303"),
    /** A PlusCal statement that needs a label has none (first statement, while, after call/return/goto). */
    LS304_PLUSCAL_MISSING_LABEL("LS304"),
    /** A PlusCal label is defined twice in one body, or a goto names a label outside its body. */
    LS305_PLUSCAL_LABEL("LS305"),
    /** A PlusCal call, return or macro call is misplaced or names an unknown procedure or macro; or a procedure, macro or process is defined twice. */
    LS306_PLUSCAL_CALL("LS306"),
    /** A PlusCal variable is assigned twice in one step (between two labels). */
    LS307_PLUSCAL_MULTIPLE_ASSIGNMENT("LS307"),
    /** A PlusCal label where none may stand (in a macro, inside a with) or with a reserved name (Done, Error). */
    LS308_PLUSCAL_LABEL_PLACEMENT("LS308"),
    /** A PlusCal procedure or process variable reuses a global variable's name, or is declared twice. */
    LS309_PLUSCAL_VARIABLE_REDEFINED("LS309"),

    /** SANY's syntax analysis rejected the module. */
    LS401_SANY_PARSE("LS401"),
    /** SANY's semantic analysis rejected the module. */
    LS402_SANY_SEMANTIC("LS402"),

    /** The model configuration (.cfg) is malformed or names something the spec lacks. */
    LS501_CONFIG("LS501"),
    /** A constant of the spec has no value in the configuration. */
    LS502_CONSTANT_UNASSIGNED("LS502"),
    /** The model configuration assigns a name the spec does not declare and uses nowhere else (TLC ignores it; a warning). */
    LS503_CONSTANT_UNDECLARED("LS503"),
    /** TLC accepts this part of the configuration but not as it reads: it stops reading at a character no TLA+ token starts with, or takes a symbol for a model value. */
    LS504_CONFIG_MISREAD("LS504"),

    /** TLC reported an error that is not a property violation (evaluation error, crash). */
    LS601_TLC_ERROR("LS601"),
    /** The model uses a feature of current TLC (POSTCONDITION, TLCGet("config"), -dumpTrace) that the TLA+ tools in use lack. */
    LS611_TLC_FEATURE_MISSING("LS611"),
    /** Lockstep could not evaluate the model's ALIAS on a counterexample state; the trace is shown unaliased. */
    LS612_ALIAS_NOT_EVALUATED("LS612"),
    /** An ASSUME of the spec is false under the model's constants: TLC stops before exploring any state (exit 10), so generate and validate refuse the model too. */
    LS613_ASSUMPTION_FALSE("LS613"),

    /** Code generation found no next-state relation (no Next, NEXT or SPECIFICATION to read it from; no variables). */
    LS701_NO_NEXT_STATE_RELATION("LS701"),
    /** A definition or action is outside the translatable subset: the user implements it. */
    LS702_NOT_TRANSLATED("LS702"),
    /** A class the user owns no longer compiles against the regenerated code. */
    LS703_USER_CODE_BROKEN("LS703"),

    /** A log line is not valid JSON, or not a JSON object. */
    LS801_LOG_BAD_JSON("LS801"),
    /** A log line lacks a required field or has one of the wrong type. */
    LS802_LOG_BAD_FIELD("LS802"),
    /** The last line of a log is cut off (no newline and not valid JSON). */
    LS803_LOG_TRUNCATED("LS803"),
    /** A log file holds no event at all. */
    LS804_LOG_EMPTY("LS804"),
    /** A log line is longer than the limit Lockstep reads. */
    LS805_LOG_LINE_TOO_LONG("LS805"),
    /** Merged logs contradict causality: a clock goes backwards, or a receive precedes its send. */
    LS806_LOG_CAUSALITY("LS806"),
    /** A log file cannot be read or decompressed. */
    LS807_LOG_UNREADABLE("LS807"),
    /** The mapping file for existing logs is malformed or does not fit the log. */
    LS808_LOG_MAPPING("LS808");

    private final String id;

    DiagnosticCode(String id) {
        this.id = id;
    }

    /** The code as printed, e.g. {@code LS102}. */
    public String id() {
        return id;
    }
}
