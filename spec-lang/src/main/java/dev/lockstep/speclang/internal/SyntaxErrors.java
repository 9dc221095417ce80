package dev.lockstep.speclang.internal;

import dev.lockstep.speclang.diag.Diagnostic;
import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.speclang.diag.SourceRange;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns ANTLR syntax errors into LS102 diagnostics with short, TLA+-flavoured messages. */
public final class SyntaxErrors extends BaseErrorListener {
    private final Path file;
    private final List<Diagnostic> diagnostics;
    private final int max;
    private int count;

    public SyntaxErrors(Path file, List<Diagnostic> diagnostics, int max) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.max = max;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col, String msg,
                            RecognitionException e) {
        if (++count > max) {
            return;
        }
        Token t = offendingSymbol instanceof Token tok ? tok : null;
        SourceRange r = t == null ? SourceRange.at(file, Math.max(0, line - 1), Math.max(0, col)) : Tokens.range(file, t);
        String message;
        if (t == null) {
            message = msg;
        } else {
            String what = describe(t);
            String expected = expected(recognizer, e);
            if (msg.startsWith("missing ")) {
                message = msg.replace("missing", "missing").replaceAll(" at .*", "") + " before " + what;
            } else if (msg.startsWith("extraneous input") || e instanceof InputMismatchException
                    || e instanceof NoViableAltException || e == null) {
                message = "unexpected " + what + expected;
            } else {
                message = "unexpected " + what + expected;
            }
        }
        diagnostics.add(Diagnostic.error(DiagnosticCode.LS102_SYNTAX_ERROR, r, message));
    }

    private static String describe(Token t) {
        return switch (t.getType()) {
            case Token.EOF -> "end of input";
            case TLAPlusLexer.JUNCTION_END -> "end of a /\\ or \\/ list (check the bullets' alignment)";
            case TLAPlusLexer.MODULE_END -> "'" + t.getText() + "' (end of module)";
            default -> "'" + t.getText() + "'";
        };
    }

    private static String expected(Recognizer<?, ?> recognizer, RecognitionException e) {
        if (!(recognizer instanceof Parser p)) {
            return "";
        }
        IntervalSet set;
        try {
            set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
        } catch (RuntimeException ex) {
            return "";
        }
        if (set == null || set.size() == 0 || set.size() > 4) {
            return "";
        }
        StringBuilder sb = new StringBuilder(", expected ");
        List<Integer> types = set.toList();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                sb.append(i == types.size() - 1 ? " or " : ", ");
            }
            sb.append(p.getVocabulary().getDisplayName(types.get(i)));
        }
        return sb.toString();
    }
}
