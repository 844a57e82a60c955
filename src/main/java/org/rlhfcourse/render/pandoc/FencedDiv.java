package org.rlhfcourse.render.pandoc;

import java.util.List;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A pandoc fenced div, {@code ::: {.note #id}} … {@code :::}, rendered as a {@code <div>}
 * with those attributes.
 */
public class FencedDiv extends Block {

	private String id = "";

	private List<String> classes = List.of();

	private boolean closed;

	public String getId() {
		return this.id;
	}

	public List<String> getClasses() {
		return this.classes;
	}

	void setAttributes(String id, List<String> classes) {
		this.id = id;
		this.classes = List.copyOf(classes);
	}

	public boolean isClosed() {
		return this.closed;
	}

	void setClosed(boolean closed) {
		this.closed = closed;
	}

	@Override
	public BasedSequence[] getSegments() {
		return EMPTY_SEGMENTS;
	}

}
