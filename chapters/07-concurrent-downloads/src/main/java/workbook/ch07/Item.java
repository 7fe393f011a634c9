package workbook.ch07;

import java.math.BigDecimal;

/** One entry of the catalogue: what a page describes, parsed from its body. */
public record Item(int page, String name, BigDecimal price) {

    private static final String[] COLOURS = {"red", "blue", "green", "black", "white", "yellow", "grey"};
    private static final String[] THINGS = {"teapot", "kettle", "mug", "lamp", "chair", "clock", "vase", "bowl", "stool", "jug", "tray"};

    /** The item the server shows on page {@code page}: made up, but always the same for the same page. */
    public static Item onPage(int page) {
        var name = COLOURS[page % COLOURS.length] + " " + THINGS[page % THINGS.length] + " no. " + page;
        var cents = 199 + (page * 3_701L) % 9_800;
        return new Item(page, name, BigDecimal.valueOf(cents, 2));
    }

    /** The page body, three lines: {@code page=..}, {@code name=..}, {@code price=..}. */
    public String body() {
        return "page=" + page + "\nname=" + name + "\nprice=" + price.toPlainString() + "\n";
    }

    /** Reads a body written by {@link #body()}; anything else is an IllegalArgumentException naming what is wrong. */
    public static Item parse(String body) {
        Integer page = null;
        String name = null;
        BigDecimal price = null;
        for (var line : body.split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            var value = line.substring(eq + 1).strip();
            switch (line.substring(0, eq).strip()) {
                case "page" -> page = Integer.valueOf(value);
                case "name" -> name = value;
                case "price" -> price = new BigDecimal(value);
                default -> { } // unknown fields are ignored, as a tolerant reader does
            }
        }
        if (page == null || name == null || price == null) {
            throw new IllegalArgumentException("not a catalogue page (needs page=, name= and price= lines): " + body.strip());
        }
        return new Item(page, name, price);
    }
}
