package io.configconformance.recording;

/**
 * How values in a request or answer are rewritten on their way into or out of a recording: text by replacement,
 * a JSON number whole (a number placeholder keeps its type: {@code "{{AccountId-1:number}}"}).
 */
interface Substitution {

    String text(String text);

    /** The replacement of a whole JSON number, as text: a placeholder, or null to keep the number. */
    String number(String numeral);

    /** The number form of a placeholder: {@code {{AccountId-1}}} becomes {@code {{AccountId-1:number}}}. */
    static String numberPlaceholder(String placeholder) {
        return placeholder.substring(0, placeholder.length() - 2) + ":number}}";
    }
}
