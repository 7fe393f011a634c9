package workbook.proof;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workbook.learn.ChildFirstLoader;

/** Runs one exercise test class, with the exercise classes taken from the given folders, and reports each test. */
final class TestRunner {

    record Result(String test, TestExecutionResult.Status status, String message) {
        boolean failed() {
            return status != TestExecutionResult.Status.SUCCESSFUL;
        }
    }

    private TestRunner() {}

    static List<Result> run(String testClass, List<Path> folders) throws Exception {
        var results = new ArrayList<Result>();
        var previous = Thread.currentThread().getContextClassLoader();
        try (var loader = new ChildFirstLoader(folders, TestRunner.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> tests = Class.forName(testClass, false, loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(tests))
                    .build();
            var launcher = LauncherFactory.create();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (!id.isTest()) {
                        if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                            results.add(new Result(id.getDisplayName() + " (container)", result.getStatus(), message(result)));
                        }
                        return;
                    }
                    results.add(new Result(id.getDisplayName(), result.getStatus(), message(result)));
                }
            });
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return results;
    }

    private static String message(TestExecutionResult result) {
        return result.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("");
    }
}
