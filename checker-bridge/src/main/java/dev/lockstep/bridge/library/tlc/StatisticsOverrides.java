package dev.lockstep.bridge.library.tlc;

import tlc2.overrides.TLAPlusOperator;
import tlc2.value.impl.BoolValue;
import tlc2.value.impl.FcnRcdValue;
import tlc2.value.impl.StringValue;
import tlc2.value.impl.Value;

/**
 * Java evaluation of the Statistics module: the chi-square goodness-of-fit test, with the
 * chi-square distribution's upper tail computed from the regularised incomplete gamma function
 * (series below a + 1, continued fraction above; Numerical Recipes, section 6.2).
 */
public final class StatisticsOverrides {
    private StatisticsOverrides() {
    }

    /** TRUE when the counts {@code actual} are consistent with {@code expected} at level alpha. */
    @TLAPlusOperator(identifier = "ChiSquare", module = "Statistics", warn = false)
    public static Value chiSquare(Value expected, Value actual, Value alpha) {
        FcnRcdValue e = Values.function("ChiSquare", expected);
        FcnRcdValue a = Values.function("ChiSquare", actual);
        double level = alpha instanceof StringValue s ? parse(s.getVal().toString()) : Values.integer("ChiSquare", alpha) / 100.0;
        if (e.values.length != a.values.length || e.values.length < 2) {
            throw Values.fail("ChiSquare: expected and actual need the same domain of at least two outcomes");
        }
        double stat = 0;
        Value[] outcomes = e.getDomainAsValues();
        for (int i = 0; i < e.values.length; i++) {
            double exp = Values.integer("ChiSquare", e.values[i]);
            Value observed = a.select(outcomes[i]);
            if (observed == null) {
                throw Values.fail("ChiSquare: actual has no count for " + outcomes[i]);
            }
            double obs = Values.integer("ChiSquare", observed);
            if (exp <= 0) {
                throw Values.fail("ChiSquare: expected counts must be positive");
            }
            stat += (obs - exp) * (obs - exp) / exp;
        }
        double pValue = upperTail(stat, e.values.length - 1);
        return pValue >= level ? BoolValue.ValTrue : BoolValue.ValFalse;
    }

    private static double parse(String s) {
        try {
            double d = Double.parseDouble(s);
            if (d <= 0 || d >= 1) {
                throw Values.fail("ChiSquare: alpha must lie between 0 and 1, got " + s);
            }
            return d;
        } catch (NumberFormatException ex) {
            throw Values.fail("ChiSquare: alpha \"" + s + "\" is not a number");
        }
    }

    /** P(X >= x) for X chi-square distributed with k degrees of freedom. */
    static double upperTail(double x, int k) {
        return x <= 0 ? 1.0 : gammaQ(k / 2.0, x / 2.0);
    }

    private static double gammaQ(double a, double x) {
        if (x < a + 1) {
            double sum = 1.0 / a;
            double term = sum;
            for (int n = 1; n < 1000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-15) {
                    break;
                }
            }
            return 1.0 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        double b = x + 1 - a;
        double c = 1e300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** ln Gamma(x) by the Lanczos approximation (g = 7, n = 9). */
    private static double logGamma(double x) {
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
                -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
                1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        x -= 1;
        double s = g[0];
        for (int i = 1; i < 9; i++) {
            s += g[i] / (x + i);
        }
        double t = x + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(s);
    }
}
