package workbook.ch05;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SizingChartTest {

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        var nodes = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i))
                .filter(e -> e.getAttribute("class").equals(cssClass)).toList();
    }

    private static final List<String> CSV = List.of(
            "# cores=2", "workload,threads,millis,speedUp,predictedSpeedUp",
            "cpu,1,400,1,1", "cpu,2,210,1.9,2", "cpu,50,220,1.8,2",
            "waiting,1,1100,1,1", "waiting,2,550,2,2", "waiting,50,60,18,22");

    @Test
    void drawsOneDotPerMeasurementAndALinePerSeries() throws Exception {
        var doc = parse(SizingChart.svg(SizingChart.parse(CSV)));

        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(elements(doc, "circle", "cpu-measured")).hasSize(3);
        assertThat(elements(doc, "circle", "waiting-measured")).hasSize(3);
        for (var series : List.of("cpu-measured", "cpu-predicted", "waiting-measured", "waiting-predicted")) {
            assertThat(elements(doc, "polyline", series)).singleElement()
                    .satisfies(line -> assertThat(line.getAttribute("points").split(" ")).hasSize(3));
        }
    }

    @Test
    void aHigherSpeedUpIsDrawnHigherUp() throws Exception {
        var dots = elements(parse(SizingChart.svg(SizingChart.parse(CSV))), "circle", "waiting-measured");
        double y1 = Double.parseDouble(dots.get(0).getAttribute("cy"));
        double y50 = Double.parseDouble(dots.get(2).getAttribute("cy"));
        assertThat(y50).isLessThan(y1); // SVG's y grows downwards
    }

    @Test
    void theTooltipSaysThreadForOneAndThreadsForMore() throws Exception {
        var dots = elements(parse(SizingChart.svg(SizingChart.parse(CSV))), "circle", "cpu-measured");
        assertThat(dots.get(0).getTextContent()).isEqualTo("1 thread: 1.00 x");
        assertThat(dots.get(1).getTextContent()).isEqualTo("2 threads: 1.90 x");
    }

    @Test
    void rejectsAFileWithoutMeasurements() {
        assertThatThrownBy(() -> SizingChart.parse(List.of("# cores=2"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no measurements");
    }

    @Test
    void theCommittedResultsCanBeDrawn() throws Exception {
        var committed = Path.of("results/sizing-benchmark.csv");
        var results = SizingChart.parse(Files.readAllLines(committed));
        assertThat(results.of("cpu")).isNotEmpty();
        assertThat(results.of("waiting")).isNotEmpty();
        parse(SizingChart.svg(results)); // well-formed
    }
}
