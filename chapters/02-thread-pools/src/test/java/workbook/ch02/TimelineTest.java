package workbook.ch02;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TimelineTest {

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> taskBars(Document doc) {
        var rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        return java.util.stream.IntStream.range(0, rects.getLength()).mapToObj(i -> (Element) rects.item(i))
                .filter(e -> e.getAttribute("class").equals("task")).toList();
    }

    @Test
    void drawsAWellFormedSvgWithOneBarPerTask() throws Exception {
        var spans = List.of(
                new Timeline.Span("pool-1-thread-1", 0, 0, 5_000_000),
                new Timeline.Span("pool-1-thread-2", 1, 100_000, 2_000_000),
                new Timeline.Span("pool-1-thread-2", 2, 2_100_000, 9_000_000));

        var doc = parse(Timeline.svg(spans));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        var bars = taskBars(doc);
        assertThat(bars).hasSize(3);
        assertThat(bars).allSatisfy(bar -> assertThat(Double.parseDouble(bar.getAttribute("width"))).isPositive());
        // Rows by worker: both of thread-2's bars share a row, below thread-1's.
        assertThat(bars.get(1).getAttribute("y")).isEqualTo(bars.get(2).getAttribute("y")).isNotEqualTo(bars.get(0).getAttribute("y"));
    }

    @Test
    void recordsEveryTaskOfARealRunOnAtMostTheGivenNumberOfWorkers() throws Exception {
        var spans = Timeline.recordRun(2, new long[] {1, 2, 3, 1, 2});

        assertThat(spans).extracting(Timeline.Span::task).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(spans.stream().map(Timeline.Span::worker).distinct()).hasSizeLessThanOrEqualTo(2);
        assertThat(spans).allSatisfy(s -> assertThat(s.endNanos()).isGreaterThan(s.startNanos()));
        assertThat(taskBars(parse(Timeline.svg(spans)))).hasSize(5);
    }

    @Test
    void ticksAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(Timeline.niceStep(230)).isEqualTo(50);
        assertThat(Timeline.niceStep(80)).isEqualTo(10);
        assertThat(Timeline.niceStep(12)).isEqualTo(2);
    }
}
