package workbook.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DownloadCatalogueTest {

    @Test
    void argumentsThatAreNotNumbersGetTheUsageNotABareNumberFormatException() {
        assertThat(DownloadCatalogue.number("20")).isEqualTo(20);
        assertThatThrownBy(() -> DownloadCatalogue.number("twenty"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twenty").hasMessageContaining("arguments:");
        assertThatThrownBy(() -> DownloadCatalogue.number("0")).hasMessageContaining("at least 1");
        assertThat(DownloadCatalogue.checkedHow("pool:16")).isEqualTo("pool:16");
        assertThatThrownBy(() -> DownloadCatalogue.checkedHow("pool:")).hasMessageContaining("arguments:");
        assertThatThrownBy(() -> DownloadCatalogue.checkedHow("threads")).hasMessageContaining("sequential, pool:N or virtual");
    }
}
