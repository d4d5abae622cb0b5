package io.configconformance.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Help text wrapped at spaces only. picocli wraps where the JDK's line BreakIterator allows, which includes after a
 * colon or a dot, so an example URL came out as {@code (http: //127.0.0.1:8080)} and a file as {@code config. json}:
 * text a user copies must survive the wrap. Each section is rendered unwrapped and wrapped again here, continuation
 * lines keeping the indentation picocli gives them.
 */
final class HelpLayout {

    static final int WIDTH = 80;
    private static final int UNWRAPPED = 10_000;
    /** An option line: its names, then two or more spaces, then its description. */
    private static final Pattern OPTION = Pattern.compile("^( {0,6}-\\S.*?\\S {2,})\\S");
    private static final Set<String> KEPT = Set.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS,
            CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST);

    private HelpLayout() {
    }

    /** Lays out the help of the command and of every subcommand under it. */
    static void apply(CommandLine commandLine) {
        commandLine.setUsageHelpWidth(UNWRAPPED);
        Map<String, CommandLine.IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
        sections.replaceAll((key, renderer) -> KEPT.contains(key) ? help -> atWidth(commandLine, renderer, help)
                : help -> wrap(renderer.render(help), WIDTH));
        commandLine.getSubcommands().values().forEach(HelpLayout::apply);
    }

    /** The synopsis and the command list, whose own wrapping breaks between options and keeps its columns. */
    private static String atWidth(CommandLine commandLine, CommandLine.IHelpSectionRenderer renderer,
                                  CommandLine.Help help) {
        commandLine.setUsageHelpWidth(WIDTH);
        try {
            return renderer.render(help);
        } finally {
            commandLine.setUsageHelpWidth(UNWRAPPED);
        }
    }

    /** Wraps each line longer than the width at its last space that fits, indenting what follows. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append(String.join("\n", wrapLine(line, width))).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static List<String> wrapLine(String line, int width) {
        List<String> lines = new ArrayList<>();
        String indent = " ".repeat(hanging(line));
        String rest = line;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= indent.length()) {
                cut = rest.indexOf(' ', width);
                if (cut < 0) {
                    break;
                }
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut + 1).stripLeading();
        }
        lines.add(rest);
        return lines;
    }

    /** Where a wrapped line goes on: under an option's description, two further in for an indented line. */
    private static int hanging(String line) {
        Matcher option = OPTION.matcher(line);
        if (option.find()) {
            return option.end(1) + 2;
        }
        int leading = line.length() - line.stripLeading().length();
        return leading > 0 ? leading + 2 : 0;
    }
}
