package workbook.ch07;

/**
 * What became of one page: downloaded (with the item it shows) or failed (with the last HTTP status, or 0 when no
 * response came at all, and why). Every page gets exactly one outcome, so a failure is recorded, never lost.
 */
// tag::outcome[]
public sealed interface Outcome {

    int page();

    int attempts();

    /** One line of the CSV report, without the line end. */
    String csvLine();

    record Downloaded(int page, Item item, int attempts) implements Outcome {
        public String csvLine() {
            return page + ",ok,200," + Report.quoted(item.name()) + "," + item.price().toPlainString()
                    + "," + attempts;
        }
    }

    /**
     * @param status the last HTTP status seen, or 0 when no response arrived (timeout, connection
     *               refused)
     */
    record Failed(int page, int status, String reason, int attempts) implements Outcome {
        public String csvLine() {
            return page + ",failed," + status + "," + Report.quoted(reason) + ",," + attempts;
        }
    }
}
// end::outcome[]
