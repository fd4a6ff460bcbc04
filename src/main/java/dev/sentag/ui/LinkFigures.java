package dev.sentag.ui;

import dev.sentag.agree.LinkAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Adds agreement on links and speakers to the figures View → Agreement… shows. */
final class LinkFigures {
    private LinkFigures() {
    }

    static AgreementFigures append(AgreementFigures figures, LinkAgreement.Figures links) {
        if (figures.message() != null && figures.figures().isEmpty()) {
            return figures;
        }
        List<AgreementFigures.Figure> all = new ArrayList<>(figures.figures());
        all.add(new AgreementFigures.Figure("Link F1", value(links.linkF1()),
                "per pair of annotators, over the documents both tagged: F1 of their (from, to, type) links; "
                        + "averaged over the pairs with a link"));
        all.add(new AgreementFigures.Figure("Speaker agreement", value(links.speakerAgreement()),
                "per pair: the share of sentences both gave a speaker where the two are the same (ignoring case "
                        + "and surrounding spaces); averaged over the pairs"));
        return new AgreementFigures(figures.message(), all, figures.perLabel(), figures.heatMap());
    }

    private static String value(Double v) {
        return v == null ? "—  none to compare yet" : String.format(Locale.ROOT, "%.3f", v);
    }
}
