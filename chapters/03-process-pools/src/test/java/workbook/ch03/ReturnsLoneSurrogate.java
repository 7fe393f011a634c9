package workbook.ch03;

/** A test task whose result holds a high surrogate without its low half, which UTF-8 cannot carry. */
public final class ReturnsLoneSurrogate implements WorkerTask {
    @Override
    public String run(String argument) {
        return argument + '\uD800';
    }
}
