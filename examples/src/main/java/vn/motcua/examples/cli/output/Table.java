package vn.motcua.examples.cli.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A plain-text table: a header row and data rows, each column padded to its widest cell and
 * separated by two spaces. The last column is not padded, so lines carry no trailing blanks.
 *
 * <p>Widths are counted on the plain text; a column's {@link #style} (colour) is applied after
 * padding, so escape codes never break the alignment.
 */
public final class Table {
    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<UnaryOperator<String>> styles;

    private Table(List<String> headers) {
        this.headers = List.copyOf(headers);
        this.styles = new ArrayList<>(Collections.nCopies(headers.size(), UnaryOperator.<String>identity()));
    }

    /** A table with these column headers. */
    public static Table of(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("headers must not be empty");
        }
        return new Table(Arrays.asList(headers));
    }

    /**
     * Styles every data cell of {@code column} (not the header) after padding, e.g. to colour a
     * state.
     */
    public Table style(int column, UnaryOperator<String> style) {
        Objects.checkIndex(column, headers.size());
        styles.set(column, Objects.requireNonNull(style, "style"));
        return this;
    }

    /**
     * Adds a row. Null cells print as empty; a cell's line breaks and tabs become spaces.
     *
     * @throws IllegalArgumentException when the row does not have one cell per column
     */
    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
        }
        List<String> r = new ArrayList<>(cells.length);
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString().replaceAll("[\\r\\n\\t]+", " "));
        }
        rows.add(r);
        return this;
    }

    /** The table as lines, header first, with {@code indent} before each. */
    public List<String> lines(String indent) {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
        }
        for (List<String> r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        List<String> out = new ArrayList<>(rows.size() + 1);
        out.add(line(indent, headers, width, false));
        for (List<String> r : rows) {
            out.add(line(indent, r, width, true));
        }
        return out;
    }

    private String line(String indent, List<String> cells, int[] width, boolean styled) {
        StringBuilder sb = new StringBuilder(indent);
        int last = cells.size() - 1;
        while (last > 0 && cells.get(last).isEmpty()) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            String cell = cells.get(i);
            String padded = i == last ? cell : cell + " ".repeat(width[i] - cell.length());
            if (styled && !cell.isEmpty()) {
                String styledCell = styles.get(i).apply(cell);
                padded = styledCell + padded.substring(cell.length());
            }
            sb.append(padded);
            if (i < last) {
                sb.append(GAP);
            }
        }
        return sb.toString();
    }
}
