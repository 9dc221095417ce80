package dev.lockstep.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The workers of a request: as many as asked for every engine; without a number, one checker per
 * core for the direct engine (threads of one host, fixed memory each) and one search at a time.
 */
class ValidationRequestTest {
    private static ValidationRequest request() {
        return ValidationRequest.of(Path.of("Spec.tla"), Path.of("Spec.cfg"), List.of(Path.of("log.ndjson")));
    }

    @Test
    void anAskedNumberIsEveryEnginesNumber() {
        for (int n : new int[] {1, 2, 7}) {
            ValidationRequest r = request().withWorkers(n);
            assertEquals(n, r.workers());
            assertEquals(n, r.directWorkers());
            assertEquals(n, r.searchWorkers());
        }
    }

    @Test
    void theDefaultIsOneCheckerPerCoreAndOneSearch() {
        ValidationRequest r = request().withWorkers(ValidationRequest.DEFAULT_WORKERS);
        assertEquals(ValidationRequest.DEFAULT_WORKERS, r.workers());
        assertEquals(Runtime.getRuntime().availableProcessors(), r.directWorkers());
        assertEquals(1, r.searchWorkers());
        // a negative number is no number: the default, not an error further down
        assertEquals(ValidationRequest.DEFAULT_WORKERS, request().withWorkers(-3).workers());
    }

    @Test
    void embeddersGetOneWorkerUnlessTheyAsk() {
        assertEquals(1, request().workers());
        assertEquals(1, request().directWorkers());
    }
}
