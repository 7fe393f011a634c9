package workbook.ch07;

/** Downloads one page and says what became of it, e.g. {@code downloader::download}. */
@FunctionalInterface
public interface PageDownload {
    Outcome download(int page) throws InterruptedException;
}
