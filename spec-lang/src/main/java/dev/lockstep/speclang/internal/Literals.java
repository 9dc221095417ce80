package dev.lockstep.speclang.internal;

import static dev.lockstep.speclang.internal.TLAPlusParser.*;

import dev.lockstep.speclang.ast.Expr;
import dev.lockstep.speclang.diag.SourceRange;
import org.antlr.v4.runtime.Token;

/** Literal tokens (numbers, strings, TRUE, BOOLEAN, ...) as AST literals, strings unescaped. */
final class Literals {
    private Literals() {
    }

    static Expr literal(Token t, SourceRange r) {
        Expr.LiteralKind k = switch (t.getType()) {
            case NUMBER -> Expr.LiteralKind.NUMBER;
            case DECIMAL -> Expr.LiteralKind.DECIMAL;
            case BINARY -> Expr.LiteralKind.BINARY;
            case OCTAL -> Expr.LiteralKind.OCTAL;
            case HEX -> Expr.LiteralKind.HEX;
            case STRING -> Expr.LiteralKind.STRING;
            case TRUE -> Expr.LiteralKind.TRUE;
            case FALSE -> Expr.LiteralKind.FALSE;
            case BOOLEAN -> Expr.LiteralKind.BOOLEAN_SET;
            default -> Expr.LiteralKind.STRING_SET;
        };
        String text = t.getText();
        if (k == Expr.LiteralKind.STRING) {
            text = unescape(text.substring(1, Math.max(1, text.length() - 1)));
        }
        return new Expr.Literal(k, text, r);
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
