// Chapter 01 playground:  ./mvnw -q -pl chapters/01-threads-by-hand exec:exec@jshell
// Starts a few threads by hand, shows their names and how their lines interleave, then joins them.
// Edit the numbers and run it again; or run `jshell --class-path chapters/01-threads-by-hand/target/classes` to type along.

var threads = new java.util.ArrayList<Thread>();
for (int i = 0; i < 3; i++) {
    int id = i;
    threads.add(Thread.ofPlatform().name("task" + id).start(() -> {
        for (int line = 0; line < 3; line++) System.out.println(Thread.currentThread().getName() + " " + line);
    }));
}
for (var t : threads) t.join();
System.out.println("123  <- printed after join() returned for all " + threads.size() + " threads");
System.out.println("alive after join: " + threads.stream().filter(Thread::isAlive).count());
/exit
