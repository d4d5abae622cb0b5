package io.configconformance.emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The body budget comes back to zero whatever the order in which a request's body reader (a Jetty thread) and its
 * body deadline (the timer thread) end it: the race of a slow sender whose deadline fires while its bytes arrive.
 */
class BodyBudgetTest {

    private static final int ROUNDS = 20_000;

    @Test
    void aDeadlineRacingTheBodyReaderGivesBackEveryByte() throws Exception {
        BodyBudget budget = new BodyBudget(Long.MAX_VALUE);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                BodyBudget.Reservation request = budget.reservation();
                Future<?> reader = threads.submit(() -> {
                    together.await();
                    for (int chunk = 0; chunk < 8 && request.reserve(8192); chunk++) {
                        Thread.onSpinWait();
                    }
                    request.release(); // the reader's own end, after the deadline's or before it
                    return null;
                });
                Future<?> deadline = threads.submit(() -> {
                    together.await();
                    request.release();
                    return null;
                });
                reader.get();
                deadline.get();
                assertEquals(0, budget.held(), "bytes still held after round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReleasedReservationTakesNothingMore() {
        BodyBudget budget = new BodyBudget(100);
        BodyBudget.Reservation request = budget.reservation();
        assertTrue(request.reserve(60));
        request.release();
        request.release();
        assertFalse(request.reserve(10), "a request that has ended reserves nothing");
        assertEquals(0, budget.held());
        assertTrue(budget.reservation().reserve(100), "the whole budget is free again");
    }

    @Test
    void aRequestBeyondTheBudgetIsRefusedAndLeavesItAsItWas() {
        BodyBudget budget = new BodyBudget(100);
        BodyBudget.Reservation first = budget.reservation();
        assertTrue(first.reserve(80));
        assertFalse(budget.reservation().reserve(30));
        assertEquals(80, budget.held());
        first.release();
        assertEquals(0, budget.held());
    }
}
