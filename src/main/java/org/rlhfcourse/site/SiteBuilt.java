package org.rlhfcourse.site;

/**
 * Published by the {@link SiteHolder} after each build, live or refused, so that whoever
 * keeps work across builds (the script caches) can write it down.
 *
 * @param snapshot what the build made
 * @param live whether it went live
 */
public record SiteBuilt(SiteSnapshot snapshot, boolean live) {
}
