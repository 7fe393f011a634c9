package workbook.ch03;

/** The same printing as {@link ChattyChild}, as a worker task: in a worker, System.out is captured. */
public final class ChattyTask implements WorkerTask {
    @Override
    public String run(String argument) {
        var parts = argument.split(" ");
        int lines = Integer.parseInt(parts[1]);
        for (int i = 0; i < lines; i++) {
            System.out.print(parts[0] + " says ");
            System.out.print("line " + i);
            System.out.print('\n');
        }
        return "";
    }
}
