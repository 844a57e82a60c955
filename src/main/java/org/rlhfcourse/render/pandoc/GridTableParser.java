package org.rlhfcourse.render.pandoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequence;

import org.rlhfcourse.render.core.ParserFactories;

/**
 * Parses pandoc grid tables: a border line of {@code +} and {@code -}, rows of
 * {@code |}-separated cells that may span several lines, rows closed by border lines, and
 * an optional {@code +===+} line closing the header. Colons in the header border
 * ({@code +:---+}, {@code +---:+}, {@code +:--:+}) set column alignment. Cells hold
 * inline Markdown (lines of a cell are joined); cells spanning columns are not supported.
 */
final class GridTableParser extends AbstractBlockParser {

	private static final Pattern BORDER = Pattern.compile("^\\+(?:[-=:]+\\+)+\\s*$");

	private final GridTable block = new GridTable();

	private final List<BasedSequence> lines = new ArrayList<>();

	private final List<TableCell> cells = new ArrayList<>();

	@Override
	public Block getBlock() {
		return this.block;
	}

	@Override
	public BlockContinue tryContinue(ParserState state) {
		BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex());
		boolean tableLine = !line.isEmpty() && (line.charAt(0) == '+' || line.charAt(0) == '|');
		return tableLine ? BlockContinue.atIndex(state.getNextNonSpaceIndex()) : BlockContinue.none();
	}

	@Override
	public void addLine(ParserState state, BasedSequence line) {
		this.lines.add(line.trimEOL());
	}

	@Override
	public void closeBlock(ParserState state) {
		BasedSequence first = this.lines.get(0).trimEnd();
		List<Integer> borders = new ArrayList<>();
		for (int i = 0; i < first.length(); i++) {
			if (first.charAt(i) == '+') {
				borders.add(i);
			}
		}
		TableCell.Alignment[] alignments = alignments(headerBorder(first), borders);
		TableHead head = new TableHead();
		TableBody body = new TableBody();
		List<List<BasedSequence>> row = newRow(borders.size() - 1);
		List<Node> bodyRows = new ArrayList<>();
		boolean sawHeader = false;
		for (int index = 1; index < this.lines.size(); index++) {
			BasedSequence line = this.lines.get(index).trimEnd();
			if (BORDER.matcher(line).matches()) {
				if (row.stream().anyMatch((segments) -> !segments.isEmpty())) {
					TableRow tableRow = toRow(row, alignments, line.indexOf('=') >= 0 && !sawHeader);
					if (line.indexOf('=') >= 0 && !sawHeader) {
						head.appendChild(tableRow);
					}
					else {
						bodyRows.add(tableRow);
					}
				}
				if (line.indexOf('=') >= 0 && !sawHeader) {
					sawHeader = true;
					alignments = alignments(line, borders);
				}
				row = newRow(borders.size() - 1);
				continue;
			}
			for (int column = 0; column + 1 < borders.size(); column++) {
				int from = borders.get(column);
				int to = borders.get(column + 1);
				if (line.length() <= to || line.charAt(from) != '|' || line.charAt(to) != '|') {
					this.block.setProblem("grid table line " + (index + 1)
							+ " does not line up with the column borders of its first line");
					break;
				}
				row.get(column).add(line.subSequence(from + 1, to));
			}
		}
		bodyRows.forEach(body::appendChild);
		if (head.hasChildren()) {
			this.block.appendChild(head);
		}
		if (body.hasChildren()) {
			this.block.appendChild(body);
		}
		this.block.setCharsFromContentOnly();
		if (this.block.getChars().isEmpty()) {
			this.block.setChars(this.lines.get(0));
		}
	}

	private TableRow toRow(List<List<BasedSequence>> row, TableCell.Alignment[] alignments, boolean header) {
		TableRow tableRow = new TableRow();
		for (int column = 0; column < row.size(); column++) {
			TableCell cell = new TableCell();
			List<BasedSequence> segments = row.get(column);
			cell.setText(segments.isEmpty() ? BasedSequence.NULL : SegmentedSequence.create(segments.get(0), segments));
			cell.setHeader(header);
			cell.setAlignment(alignments[column]);
			tableRow.appendChild(cell);
			this.cells.add(cell);
		}
		return tableRow;
	}

	@Override
	public void parseInlines(InlineParser inlineParser) {
		for (TableCell cell : this.cells) {
			BasedSequence text = cell.getText().trim();
			if (!text.isEmpty()) {
				inlineParser.parse(text, cell);
			}
		}
	}

	private BasedSequence headerBorder(BasedSequence first) {
		for (BasedSequence line : this.lines) {
			if (BORDER.matcher(line.trimEnd()).matches() && line.indexOf('=') >= 0) {
				return line.trimEnd();
			}
		}
		return first;
	}

	private static TableCell.Alignment[] alignments(BasedSequence border, List<Integer> borders) {
		TableCell.Alignment[] alignments = new TableCell.Alignment[Math.max(borders.size() - 1, 0)];
		for (int column = 0; column < alignments.length; column++) {
			int from = borders.get(column);
			int to = Math.min(borders.get(column + 1), border.length() - 1);
			boolean left = from + 1 < border.length() && border.charAt(from + 1) == ':';
			boolean right = to - 1 > from && border.charAt(to - 1) == ':';
			alignments[column] = (left && right) ? TableCell.Alignment.CENTER
					: right ? TableCell.Alignment.RIGHT : left ? TableCell.Alignment.LEFT : null;
		}
		return alignments;
	}

	private static List<List<BasedSequence>> newRow(int columns) {
		List<List<BasedSequence>> row = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			row.add(new ArrayList<>());
		}
		return row;
	}

	static final class Factory extends ParserFactories.Block {

		@Override
		public BlockParserFactory apply(DataHolder options) {
			return new StartFactory(options);
		}

	}

	private static final class StartFactory extends AbstractBlockParserFactory {

		StartFactory(DataHolder options) {
			super(options);
		}

		@Override
		public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
			if (state.getIndent() >= 4) {
				return BlockStart.none();
			}
			BasedSequence line = state.getLine().subSequence(state.getNextNonSpaceIndex()).trimEOL();
			if (!BORDER.matcher(line).matches() || line.indexOf('=') >= 0) {
				return BlockStart.none();
			}
			return BlockStart.of(new GridTableParser()).atIndex(state.getNextNonSpaceIndex());
		}

	}

}
