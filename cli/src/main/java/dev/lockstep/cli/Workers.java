package dev.lockstep.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --workers N|auto}, as check and validate read it: a positive number, or
 * {@code auto} (any case). What {@code auto} means is the command's: TLC's own choice for check,
 * one per available core for validate. A value that is neither is a usage error (exit 2).
 *
 * @param count the number given, or {@link #AUTO}
 */
record Workers(int count) {
    /** {@code count} of {@code auto}. */
    static final int AUTO = 0;

    boolean auto() {
        return count == AUTO;
    }

    /** The number given, or {@code cores} for {@code auto}. */
    int orAuto(int cores) {
        return auto() ? cores : count;
    }

    /** picocli's converter for options of this type. */
    static final class Converter implements ITypeConverter<Workers> {
        @Override
        public Workers convert(String value) {
            if (value.equalsIgnoreCase("auto")) {
                return new Workers(AUTO);
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= 1) {
                    return new Workers(n);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("--workers takes a positive number or 'auto', not '" + value + "'");
        }
    }
}
