package workbook.learn;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests not begun yet once the failures of a check contain every text the proof of a wrong sample looks
 * for ({@link Child.Request#enough()}): the rest could only add failures, and the proof needs one set of them, not
 * all. Found by JUnit's extension auto-detection, which only the child JVM turns on (for this class alone); off for
 * a learner's check, which always runs every test.
 */
public final class ProvenAlready implements ExecutionCondition {

    /** Set by the child when enough is seen, cleared at the start of each check. */
    static volatile boolean seen;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return seen ? ConditionEvaluationResult.disabled("the failures so far already contain what the proof looks for")
                : ConditionEvaluationResult.enabled("still looking");
    }
}
