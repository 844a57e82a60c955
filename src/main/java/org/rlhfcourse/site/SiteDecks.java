package org.rlhfcourse.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.rlhfcourse.content.Content;
import org.rlhfcourse.content.ContentProblem;
import org.rlhfcourse.content.MarkdownFile;
import org.rlhfcourse.render.RenderGuard;
import org.rlhfcourse.render.core.Sha256;
import org.rlhfcourse.render.deck.Deck;
import org.rlhfcourse.render.deck.DeckBuilder;

/**
 * The decks of a build. A deck depends only on its own file and on the site-wide context
 * (images, bibliographies, settings), never on chapters, so while neither changed (an
 * author editing chapters) the decks of the previous build are used as they are. A deck
 * given up for taking too long keeps the deck its file last built. Builds must not
 * overlap.
 */
final class SiteDecks {

	private final DeckBuilder builder;

	private final RenderGuard guard;

	private final LastGoodOutput<Deck> lastGood = new LastGoodOutput<>();

	private Built previous;

	private Set<String> kept = Set.of();

	SiteDecks(DeckBuilder builder, RenderGuard guard) {
		this.builder = builder;
		this.guard = guard;
	}

	/**
	 * The decks of {@code content}, ordered by address; their problems go into
	 * {@code problems}.
	 * @param context the digest of what every file's rendering depends on
	 */
	List<Deck> build(Content content, String context, List<ContentProblem> problems) {
		String key = key(content, context);
		Built last = this.previous;
		if (last != null && last.key().equals(key)) {
			problems.addAll(last.problems());
			this.kept = Set.of();
			return last.decks();
		}
		List<ContentProblem> found = new ArrayList<>();
		List<Deck> decks = new ArrayList<>(this.builder.build(content, found, this.guard));
		Set<String> timedOut = found.stream()
			.filter(RenderGuard::isTimeout)
			.map(ContentProblem::file)
			.collect(Collectors.toSet());
		decks.forEach((deck) -> this.lastGood.remember(deck.sourcePath(), deck));
		this.kept = timedOut.stream().filter((path) -> this.lastGood.of(path).isPresent()).collect(Collectors.toSet());
		this.kept.forEach((path) -> decks.add(this.lastGood.of(path).orElseThrow()));
		decks.sort(Comparator.comparing(Deck::slug));
		this.lastGood.retain(content.decks().stream().map(MarkdownFile::path).collect(Collectors.toSet()));
		problems.addAll(found);
		this.previous = timedOut.isEmpty() ? new Built(key, List.copyOf(decks), List.copyOf(found)) : null;
		return decks;
	}

	/**
	 * The decks of the last build that were given up for time and show what they last
	 * built instead.
	 */
	Set<String> kept() {
		return this.kept;
	}

	private static String key(Content content, String context) {
		MessageDigest digest = Sha256.digest();
		digest.update(context.getBytes(StandardCharsets.UTF_8));
		Function<MarkdownFile, String> text = (file) -> file.path() + "\0" + file.frontMatter() + "\0" + file.body();
		content.decks().forEach((file) -> digest.update(text.apply(file).getBytes(StandardCharsets.UTF_8)));
		return Sha256.hex(digest);
	}

	private record Built(String key, List<Deck> decks, List<ContentProblem> problems) {

	}

}
