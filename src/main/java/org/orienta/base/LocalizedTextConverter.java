package org.orienta.base;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a {@link LocalizedText} as a small JSON object in one text column: {"en":"…","de":"…"}. */
@Converter
public class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(LocalizedText text) {
        return JSON.writeValueAsString(text.translations());
    }

    @Override
    public LocalizedText convertToEntityAttribute(String json) {
        Map<String, String> map = JSON.readValue(json, MAP);
        return LocalizedText.of(map);
    }
}
