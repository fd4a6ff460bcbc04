package dev.sentag.ingest;

import dev.sentag.model.DocumentDraft;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved news page as its article only: the title from og:title, title or h1; the text of the main
 * article block, one line per paragraph or heading, with navigation, share and related-links blocks
 * dropped; the page's URL and publication date kept as metadata. Nothing is fetched: the page is parsed
 * from the file alone.
 */
public final class HtmlArticleReader {
    /** Blocks that are page furniture, not article: by element, and by class or id words. */
    private static final String FURNITURE = "script, style, noscript, template, iframe, svg, form, nav, header,"
            + " footer, aside, button, [role=navigation], [aria-hidden=true]";
    private static final String FURNITURE_NAMES = "(?i).*\\b(share|sharing|social|related|newsletter|comments?"
            + "|advert\\w*|promo|breadcrumbs?|subscribe|cookie\\w*)\\b.*";
    private static final String TEXT_BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    private final TextArticleReader articles;

    public HtmlArticleReader(TextArticleReader articles) {
        this.articles = articles;
    }

    public DocumentDraft read(String html, String name, String source) throws ImportException {
        Document page = Jsoup.parse(html);
        String title = first(page.selectFirst("meta[property=og:title]"), "content");
        if (title.isEmpty()) {
            title = page.title().strip();
        }
        Map<String, Object> metadata = new LinkedHashMap<>();
        String url = first(page.selectFirst("link[rel=canonical]"), "href");
        putIfPresent(metadata, "url", url.isEmpty() ? first(page.selectFirst("meta[property=og:url]"), "content") : url);
        String date = first(page.selectFirst("meta[property=article:published_time]"), "content");
        putIfPresent(metadata, "date", date.isEmpty() ? first(page.selectFirst("time[datetime]"), "datetime") : date);

        page.select(FURNITURE).remove();
        page.getAllElements().stream()
                .filter(e -> (e.className() + " " + e.id()).matches(FURNITURE_NAMES) && e != page.body())
                .forEach(Element::remove);
        Element main = page.selectFirst("article, main, [itemprop=articleBody], [role=main]");
        if (main == null) {
            main = page.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : main.select(TEXT_BLOCKS)) {
            // A block inside another text block (a p in a blockquote) is already in its parent's text.
            if (block.parents().stream().noneMatch(p -> p.is(TEXT_BLOCKS)) && !block.text().isBlank()) {
                text.append(block.text().strip()).append("\n\n");
            }
        }
        if (text.length() == 0 && main.text().strip().length() > 0) {
            text.append(main.text().strip()).append('\n');
        }
        if (text.length() == 0) {
            throw new ImportException(name + ": the page has no article text.");
        }
        DocumentDraft draft = articles.read(text.toString(), name, source);
        return new DocumentDraft(title.isEmpty() ? draft.title() : TextArticleReader.title(title), source,
                draft.text(), draft.sentences(), draft.excluded(), metadata);
    }

    private static String first(Element e, String attribute) {
        return e == null ? "" : e.attr(attribute).strip();
    }

    private static void putIfPresent(Map<String, Object> metadata, String key, String value) {
        if (!value.isEmpty()) {
            metadata.put(key, value);
        }
    }
}
