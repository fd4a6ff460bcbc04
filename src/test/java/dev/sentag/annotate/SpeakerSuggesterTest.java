package dev.sentag.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpeakerSuggesterTest {
    private final SpeakerSuggester suggester = SpeakerSuggester.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "“The budget is balanced,” said Mayor Ana R. Okafor.|Mayor Ana R. Okafor",
            "The city will not pay, said Mayor Ana R. Okafor on Monday.|Mayor Ana R. Okafor",
            "“It is a threat,” Reuters quoted Finer as saying at the Carnegie Endowment.|Finer",
            "The talks will resume next week, according to the ministry.|the ministry",
            "“Our programme is defensive,” the FO said.|the FO",
            "If those trends continue, Finer said, the region will suffer.|Finer",
            "Pakistan Foreign Office said the sanctions were discriminatory.|Pakistan Foreign Office"})
    void findsTheSpeakerTheSentenceNames(String sentence, String speaker) {
        assertEquals(Optional.of(speaker), suggester.suggest(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {"“It’s our hope to engage constructively,” he said.",
            "Pakistan is concerned by the growing US defence partnership with India.", ""})
    void suggestsNothingWhereNoSpeakerIsNamed(String sentence) {
        assertEquals(Optional.empty(), suggester.suggest(sentence));
    }
}
